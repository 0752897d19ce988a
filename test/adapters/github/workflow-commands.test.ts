import { describe, expect, it } from 'vitest';
import { annotation } from '../../../src/adapters/github/workflow-commands.js';

describe('annotation', () => {
  it('locates a problem for the runner and escapes what would end the command early', () => {
    expect(
      annotation({
        file: 'experiments/a,b:c.yaml',
        line: 4,
        column: 3,
        severity: 'error',
        message: 'unknown key "repeat"\n::set-output name=x::y 100%',
        hint: 'did you mean "repeats"?',
      }),
    ).toBe(
      '::error file=experiments/a%2Cb%3Ac.yaml,line=4,col=3,title=batchbench::' +
        // The line break is shown, not obeyed: it can never start a command of its own.
        'unknown key "repeat"\\n::set-output name=x::y 100%25 (did you mean "repeats"?)',
    );
  });

  it('keeps warnings as warnings', () => {
    expect(annotation({ file: 'f', line: 1, column: 1, severity: 'warning', message: 'm' })).toBe(
      '::warning file=f,line=1,col=1,title=batchbench::m',
    );
  });
});
