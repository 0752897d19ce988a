import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp-dir.js';

interface Recorded {
  service: string;
  operation: string;
  input: unknown;
}
const SCRIPT = path.resolve(import.meta.dirname, '../../../scripts/check-requests.mjs');
const checker = (await import(pathToFileURL(SCRIPT).href)) as {
  loadModels(): unknown;
  checkRequest(models: unknown, req: Recorded): string[];
};
const models = checker.loadModels();
const check = (req: Recorded) => checker.checkRequest(models, req);

const goodSubmit = {
  jobName: 'bb-1a2b3c4d-main-w1-0',
  jobQueue: 'bb-spot',
  jobDefinition: 'bb-def:1',
  arrayProperties: { size: 10 },
  dependsOn: [{ jobId: 'abc', type: 'N_TO_N' }],
  retryStrategy: { attempts: 3, evaluateOnExit: [{ onStatusReason: 'Host EC2*', action: 'RETRY' }] },
  timeout: { attemptDurationSeconds: 600 },
  tags: { 'batchbench:run-id': 'r1' },
};

describe('the request checker (scripts/check-requests.mjs)', () => {
  it('passes requests the service models and the documented rules allow', () => {
    expect(check({ service: 'batch', operation: 'SubmitJob', input: goodSubmit })).toEqual([]);
    expect(
      check({ service: 's3', operation: 'PutObject', input: { Bucket: 'b', Key: 'k', IfNoneMatch: '*' } }),
    ).toEqual([]);
    expect(check({ service: 'batch', operation: 'DescribeJobs', input: { jobs: ['a', 'b'] } })).toEqual([]);
  });

  it('reports what the model refuses: missing required members, unknown members, enums, types, ranges', () => {
    const problems = check({
      service: 'batch',
      operation: 'SubmitJob',
      input: {
        jobName: 'x',
        jobDefinition: 'd',
        arrayProperties: { size: '10' },
        dependsOn: [{ jobId: 'a', type: 'ALL' }],
        colour: 'blue',
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'batch.SubmitJob input.jobQueue: required, missing',
        'batch.SubmitJob input.colour: not a member of SubmitJobRequest',
        'batch.SubmitJob input.arrayProperties.size: not an integer',
        expect.stringMatching(
          /^batch\.SubmitJob input\.dependsOn\[0\]\.type: "ALL" is not one of N_TO_N, SEQUENTIAL/,
        ),
      ]),
    );
    expect(
      check({ service: 'logs', operation: 'GetLogEvents', input: { logStreamName: 's', limit: 0 } }),
    ).toEqual(expect.arrayContaining([expect.stringContaining('input.limit: 0 is below the minimum 1')]));
    expect(check({ service: 'batch', operation: 'NoSuchThing', input: {} })).toEqual([
      'batch.NoSuchThing: no such operation in the batch model',
    ]);
  });

  it('reports the documented AWS Batch rules the model leaves out', () => {
    const bad = {
      ...goodSubmit,
      jobName: '-starts with a space',
      dependsOn: Array.from({ length: 21 }, (_, i) => ({ jobId: `j${i}` })),
      retryStrategy: {
        attempts: 3,
        evaluateOnExit: [
          ...Array(5).fill({ onExitCode: '1', action: 'RETRY' }),
          { onExitCode: '1*2', action: 'EXIT' },
        ],
      },
      timeout: { attemptDurationSeconds: 30 },
      tags: { 'aws:owner': 'me', long: 'v'.repeat(300) },
    };
    const problems = check({ service: 'batch', operation: 'SubmitJob', input: bad }).join('\n');
    for (const text of [
      'up to 128 letters',
      'evaluateOnExit: 6 rules, at most 5',
      'evaluateOnExit[5].onExitCode: "*" only at the end',
      'dependsOn: 21, at most 20',
      'attemptDurationSeconds: 30, at least 60',
      'the aws: prefix is reserved',
      'tags.long: key over 128 or value over 256',
    ])
      expect(problems).toContain(text);
    const many = Array.from({ length: 101 }, (_, i) => `id-${i}`);
    expect(check({ service: 'batch', operation: 'DescribeJobs', input: { jobs: many } })).toEqual([
      'batch.DescribeJobs jobs: 101 ids, DescribeJobs takes at most 100',
    ]);
  });

  it('as the CI step: exits 1 on a file with a violation, 0 on a clean one, and says how much it checked', () => {
    const dir = tempDir('bb-requests-');
    try {
      const good = path.join(dir, 'good.jsonl');
      const bad = path.join(dir, 'bad.jsonl');
      writeFileSync(
        good,
        `${JSON.stringify({ service: 'batch', operation: 'SubmitJob', input: goodSubmit })}\n`,
      );
      writeFileSync(bad, `${JSON.stringify({ service: 'batch', operation: 'DescribeJobs', input: {} })}\n`);
      expect(execFileSync(process.execPath, [SCRIPT, good], { encoding: 'utf8' })).toContain(
        'checked 1 AWS requests of 1 operations: batch.SubmitJob',
      );
      let failed: { status?: number; stdout?: string } = {};
      try {
        execFileSync(process.execPath, [SCRIPT, bad], { encoding: 'utf8' });
      } catch (error) {
        failed = error as typeof failed;
      }
      expect(failed.status).toBe(1);
      expect(failed.stdout).toContain('batch.DescribeJobs input.jobs: required, missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
