/** A runner cancels a step with SIGINT, then SIGTERM: both abort what the step waits for. */
export function cancelSignal(): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return controller.signal;
}
