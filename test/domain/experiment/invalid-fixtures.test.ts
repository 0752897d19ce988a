import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/domain/experiment/problem.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';

const dir = fileURLToPath(new URL('../../fixtures/invalid/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

/** `# expect: 4:3 unknown key` (line:column and a message fragment), or just a fragment. */
function expectation(text: string): { line?: number; column?: number; fragment: string } {
  const m = /^# expect: (?:(\d+):(\d+) )?(.+)$/m.exec(text.split('\n')[0] ?? '');
  if (!m) throw new Error('first line must be "# expect: [line:col] fragment"');
  return { ...(m[1] ? { line: Number(m[1]), column: Number(m[2]) } : {}), fragment: m[3] as string };
}

describe('invalid experiment files', () => {
  it('has at least 40 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures)('%s reports its expected problem', (name) => {
    const text = readFileSync(dir + name, 'utf8');
    const want = expectation(text);
    const result = validateExperimentText(text, `invalid/${name}`);
    const shown = result.problems.map(formatProblem).join('\n');
    const match = result.problems.find(
      (p) =>
        p.severity === 'error' &&
        (p.message.includes(want.fragment) || (p.hint ?? '').includes(want.fragment)),
    );
    expect(match, `no problem containing "${want.fragment}" in:\n${shown}`).toBeDefined();
    if (want.line !== undefined) {
      expect(`${match?.line}:${match?.column}`, shown).toBe(`${want.line}:${want.column}`);
    }
    expect(result.value).toBeUndefined();
    for (const p of result.problems) {
      expect(p.file).toBe(`invalid/${name}`);
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.hint, formatProblem(p)).toBeTruthy();
    }
  });
});
