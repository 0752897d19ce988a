/**
 * The value of a JSON text, or undefined when it is not JSON: for text anybody may have written
 * (a workload's output, a stored report), which the caller then checks field by field.
 */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
