import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, beforeAll, expect, it } from 'vitest';
import { S3RunStore } from '../../src/adapters/aws/s3-run-store.js';
import { useMoto } from '../support/moto-fixture.js';
import { commandCount, runCli, runIdOf } from './cli-process.js';
import { clusterOrSkip, useCliWorkspace } from './cluster.js';

// A Slurm run whose file names an S3 results store (moto here): the tasks write their records to
// the shared runs folder, and batchbench on the login node uploads them to the store.
const cluster = await clusterOrSkip();
const STORE = 's3://slurm-results/runs/';

describe.skipIf(!cluster.ok)('a Slurm run kept in an S3 store', () => {
  const aws = useMoto();
  const ws = useCliWorkspace(true);
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    await aws.clients.s3.send(new CreateBucketCommand({ Bucket: 'slurm-results' }));
    env = {
      ...process.env,
      AWS_ENDPOINT_URL: aws.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
    };
  });

  it('stores the manifest, every record and the report in the store; collect reads them back', async () => {
    const file = path.join(ws.dir, 'to-s3.yaml');
    await writeFile(
      file,
      [
        'version: 1',
        'name: to-s3',
        `run: { command: [sh, -c, 'echo "::metric n=$1"', sh, '\${{ matrix.n }}'] }`,
        'matrix: { n: [1, 2] }',
        'repeats: 2',
        'resources: { vcpus: 1, memory: 64MiB, timeout: 5m }',
        'compute: { backend: slurm }',
        `results: { store: '${STORE}' }`,
        '',
      ].join('\n'),
    );
    const runsDir = path.join(ws.dir, 'shared');
    const ran = await runCli(ws.cli, ['run', file, '--runs-dir', runsDir, '--json'], undefined, env);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stderr).toContain(`kept in ${STORE}`);
    expect(commandCount(ran.stderr, 'sbatch')).toBe(2);
    const runId = runIdOf(ran.stderr);

    const store = new S3RunStore(aws.clients.s3, STORE);
    const records = await store.readRecords(runId);
    expect(records).toHaveLength(4);
    for (const r of records) {
      expect(r).toMatchObject({ status: 'succeeded', backend: 'slurm', attempt: 1 });
      expect(r.metrics.n).toBe(Number(r.cellId.replace('n-', '')));
      expect(r.host).toBeTruthy();
    }
    expect((await store.readManifest(runId)).backend).toBe('slurm');
    const listed = await aws.clients.s3.send(
      new ListObjectsV2Command({ Bucket: 'slurm-results', Prefix: 'runs/' }),
    );
    expect(listed.Contents?.some((o) => o.Key?.includes(runId) && o.Key.endsWith('report.json'))).toBe(true);
    // The shared folder holds what the nodes and batchbench pass each other, not the run itself.
    const kept = await readdir(path.join(runsDir, runId));
    expect(kept).toEqual(['slurm']);

    // From any login node, later: the run is found in the store, its tasks' files in the folder.
    const collect = await runCli(
      ws.cli,
      ['collect', runId, '--store', STORE, '--runs-dir', runsDir, '--json'],
      undefined,
      env,
    );
    expect(collect.code, collect.stderr).toBe(0);
    const report = JSON.parse(collect.stdout) as { run: { backend: string; jobsSucceeded: number } };
    expect(report.run).toMatchObject({ backend: 'slurm', jobsSucceeded: 4 });
  });
});
