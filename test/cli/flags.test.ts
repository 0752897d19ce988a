import { describe, expect, it } from 'vitest';
import { parseFlags, pickFlags } from '../../src/cli/flags.js';

describe('pickFlags', () => {
  it('gives each named flag its one declaration: a value flag takes a string, a switch none', () => {
    const flags = pickFlags('runs-dir', 'json');
    expect(flags).toEqual({ 'runs-dir': { type: 'string' }, json: { type: 'boolean' } });
    const { values } = parseFlags(['--runs-dir', 'd', '--json'], flags, 'x');
    expect(values).toEqual({ 'runs-dir': 'd', json: true });
  });

  it('takes only the flags picked: another flag of the CLI is refused by the command', () => {
    expect(() => parseFlags(['--store', 's3://b/'], pickFlags('runs-dir'), 'x')).toThrow(/--store/);
    expect(() => parseFlags(['--json', 'x'], pickFlags('json'), 'x')).not.toThrow();
  });
});
