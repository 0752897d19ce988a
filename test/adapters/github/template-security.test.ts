import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../entrypoints/run-bundled.js';
import { tempDir } from '../../support/temp-dir.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

const dir = path.join(ROOT, 'workflows-templates');
const templates = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const text = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const steps = (file: string) => Object.values((parse(text(file)) as Workflow).jobs).flatMap((j) => j.steps);

describe('workflow templates, as a security review reads them', () => {
  it('pin every third-party action by full commit SHA, with its version in a comment', () => {
    const bad: string[] = [];
    for (const file of templates) {
      for (const line of text(file).split('\n')) {
        const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!m) continue;
        const [, ref, rest] = m as unknown as [string, string, string];
        // batchbench itself: the user replaces OWNER/batchbench@v1 with the release they use.
        if (ref.startsWith('./') || ref.startsWith('OWNER/batchbench')) continue;
        if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref) || !/^\s+#\s+v\d+(\.\d+)*\s*$/.test(rest))
          bad.push(`${file}: ${line.trim()}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('check out without leaving the token in .git/config', () => {
    const bad = templates.flatMap((file) =>
      steps(file)
        .filter((s) => s.uses?.startsWith('actions/checkout@') && s.with?.['persist-credentials'] !== false)
        .map(() => file),
    );
    expect(bad).toEqual([]);
  });
});

describe('collect-runs.yml: the collect loop', () => {
  const tmp = tempDir('bb-collect-loop-');
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const script = (): string => {
    const step = steps('collect-runs.yml').find((s) => s.run?.includes('batchbench.js collect'));
    if (!step?.run) throw new Error('no collect step');
    return step.run;
  };

  /**
   * Runs the step's script with `aws`, `jq` and `node` stubbed: the store lists these manifests
   * (key -> run id), and collect exits with the given code per run id.
   */
  const runLoop = (manifests: Record<string, string>, exits: Record<string, number>) => {
    const bin = mkdtempSync(path.join(tmp, 'bin-'));
    const calls = path.join(bin, 'calls');
    writeFileSync(calls, '');
    const stub = (name: string, body: string) => {
      writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
      chmodSync(path.join(bin, name), 0o755);
    };
    // As `--output text` prints them: one line, tab-separated (printf turns \t into a tab).
    const keys = Object.keys(manifests).join('\\t');
    const cases = Object.entries(manifests)
      .map(
        ([key, runId]) =>
          `  "s3://bucket/${key}") printf '%s' ${JSON.stringify(JSON.stringify({ runId }))} ;;`,
      )
      .join('\n');
    stub('aws', `if [ "$1" = s3api ]; then printf '${keys}\\n'; exit 0; fi\ncase "$3" in\n${cases}\nesac`);
    stub(
      'jq',
      `${JSON.stringify(process.execPath)} -e 'let t="";process.stdin.on("data",d=>t+=d).on("end",()=>console.log(JSON.parse(t).runId))'`,
    );
    const exitCases = Object.entries(exits)
      .map(([run, code]) => `  ${JSON.stringify(run)}) exit ${code} ;;`)
      .join('\n');
    stub('node', `printf '%s\\n' "$3" >> ${JSON.stringify(calls)}\ncase "$3" in\n${exitCases}\nesac`);
    const out = spawnSync('bash', ['-e', '-c', script()], {
      env: { PATH: `${bin}:/usr/bin:/bin`, STORE: 's3://bucket/experiments/', ONE_RUN: '' },
      encoding: 'utf8',
    });
    return {
      code: out.status,
      stdout: out.stdout,
      collected: readFileSync(calls, 'utf8').split('\n').filter(Boolean),
    };
  };

  it('collects every run, tolerates "still running" (1) and fails when any collect failed, not only the last', () => {
    const out = runLoop(
      {
        'experiments/a/run-a/manifest.json': 'run-a',
        'experiments/b/run-b/manifest.json': 'run-b',
        'experiments/c/run-c/manifest.json': 'run-c',
      },
      { 'run-a': 70, 'run-b': 1, 'run-c': 0 },
    );
    expect(out.collected).toEqual(['run-a', 'run-b', 'run-c']);
    expect(out.stdout).toContain('::error::collect run-a exited 70');
    expect(out.code).toBe(1);
    expect(runLoop({ 'experiments/b/run-b/manifest.json': 'run-b' }, { 'run-b': 1 }).code).toBe(0);
  });

  it("never splits or option-parses a run id, and never reads the jobs' own prefix", () => {
    const out = runLoop(
      {
        'experiments/a/x/manifest.json': 'two words --store s3://evil/',
        'experiments/_jobs/a/run-x/j/manifest.json': 'forged-by-a-job',
        'experiments/b/run-b/manifest.json': 'run-b',
      },
      { 'run-b': 0 },
    );
    expect(out.collected).toEqual(['run-b']);
    expect(out.stdout).toContain('::warning::skipped a manifest whose run id is not a batchbench run id');
    expect(out.code).toBe(1);
  });
});
