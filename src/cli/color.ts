/**
 * Whether terminal output gets colour, as gh, aws and Node itself decide it: a flag wins
 * (--color, --no-color), then FORCE_COLOR (any value but "0" or "false" forces it, as in Node),
 * then NO_COLOR (any non-empty value, no-color.org), then colour only on a terminal that is
 * not "dumb". Output written to a file (--output) is plain unless --color asks.
 */
export function useColor(
  values: { color?: boolean; 'no-color'?: boolean; output?: string },
  env: NodeJS.ProcessEnv,
  stream: { isTTY?: boolean },
): boolean {
  // Both flags at once is refused earlier, by chooseFormat.
  if (values.color) return true;
  if (values['no-color']) return false;
  if (values.output !== undefined) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
