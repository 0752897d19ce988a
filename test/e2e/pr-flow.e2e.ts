import { DescribeJobDefinitionsCommand } from '@aws-sdk/client-batch';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { destroyAwsClients, type AwsClients } from '../../src/adapters/aws/clients.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import type { Experiment } from '../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import { errorsOf, runBundled, type RunOptions } from '../entrypoints/run-bundled.js';
import { startFakeGitHub, type FakeGitHub } from '../entrypoints/fake-github.js';
import {
  clientsFor,
  createBatchEnvironment,
  fakeResult,
  planOf,
  putResults,
} from '../adapters/aws/batch-env.js';
import { motoClientConfig, startMoto, type MotoServer } from '../support/moto-server.js';
import { E2E_DIR } from './engine.js';
import { startRegistry, type Registry } from './registry.js';

const tools = inject('imageTools');
const FILE = 'experiments/pr-image.yaml';
const STORE = 's3://bb-results/experiments/';

/** What a pull request adds: an aws-batch experiment whose image is built from `image/`, and a target it misses. */
const EXPERIMENT = `version: 1
name: pr-image
image:
  build: { context: image }
run: { command: [/bin/busybox, sh, /app/work.sh, '\${{ matrix.workers }}'] }
matrix: { workers: [1, 2] }
repeats: 3
compute: { backend: aws-batch, region: us-east-1, queue: bb-spot, instance-type: c5.large }
results:
  store: '${STORE}'
  metrics:
    - { name: reward, better: higher }
analysis:
  targets:
    - { metric: reward, min: 0.9 }
`;

async function workspace(): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bb-pr-flow-'));
  await mkdir(path.join(work, 'experiments'));
  await mkdir(path.join(work, 'image/app'), { recursive: true });
  await writeFile(path.join(work, FILE), EXPERIMENT);
  await writeFile(
    path.join(work, 'image/Dockerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nCOPY app/ /app/\nENTRYPOINT ["/bin/busybox", "sh", "/app/work.sh"]\n',
  );
  await copyFile('/bin/busybox', path.join(work, 'image/busybox'));
  await chmod(path.join(work, 'image/busybox'), 0o755);
  await writeFile(path.join(work, 'image/app/work.sh'), 'echo "::metric reward=0.5"\n');
  return work;
}

/**
 * What the container runner uploads for every job. moto's Batch without Docker runs no
 * container and ends jobs at once, so the results are put in place before the submission,
 * where the submitted jobs (array index i = the cell's i-th planned job) find them.
 */
async function completeJobs(clients: AwsClients, runId: string): Promise<void> {
  const experiment = validateExperimentText(EXPERIMENT, FILE).value as Experiment;
  const byCell = new Map<string, string[]>();
  for (const job of planOf(experiment).jobs)
    byCell.set(job.cellId, [...(byCell.get(job.cellId) ?? []), job.id]);
  const results = [...byCell.values()].flatMap((ids) =>
    ids.map((jobId, i) => {
      const start = Date.now() - 10_000;
      return fakeResult(runId, jobId, 1, {
        arrayIndex: i,
        metrics: { reward: 0.5 + 0.01 * i },
        containerStartedAt: start,
        commandStartedAt: start + 100,
        commandEndedAt: start + 3_000 + 37 * i,
      });
    }),
  );
  await putResults(clients, `experiments/_jobs/pr-image/${runId}/`, results);
}

describe.skipIf(!tools.ok)(
  `the pull-request template's steps in order, the image built by buildah${tools.ok ? '' : ` (skipped: ${tools.reason})`}`,
  () => {
    let moto: MotoServer;
    let clients: AwsClients;
    let github: FakeGitHub;
    let registry: Registry;
    let work: string;

    const step = (action: string, options: RunOptions) =>
      runBundled(action, {
        cwd: work,
        event: 'pull_request.opened.json',
        eventName: 'pull_request',
        ...options,
        env: {
          AWS_ENDPOINT_URL: moto.endpoint,
          AWS_ACCESS_KEY_ID: 'testing',
          AWS_SECRET_ACCESS_KEY: 'testing',
          AWS_REGION: 'us-east-1',
          GITHUB_API_URL: github.url,
          ...options.env,
        },
      });

    beforeAll(async () => {
      if (!tools.ok) return;
      moto = await startMoto();
      clients = clientsFor(moto.endpoint);
      await createBatchEnvironment(moto, clients);
      const ecr = new ECRClient(motoClientConfig(moto.endpoint));
      const token = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0]
        ?.authorizationToken;
      ecr.destroy();
      const [username, password] = Buffer.from(token ?? '', 'base64')
        .toString()
        .split(':') as [string, string];
      registry = await startRegistry(E2E_DIR, { username, password });
      github = await startFakeGitHub();
      github.prFiles.set(42, [{ filename: FILE, status: 'added' }]);
      work = await workspace();
    });

    afterAll(async () => {
      if (clients) destroyAwsClients(clients);
      await github?.close();
      await registry?.stop();
      await moto?.stop();
      if (work) await rm(work, { recursive: true, force: true });
    });

    it('validate, build-image, submit, wait, report: one comment matching the report JSON, a summary, a failing check', async () => {
      const validate = await step('validate', { inputs: { 'github-token': 'ghs_test' } });
      expect(errorsOf(validate), validate.stdout).toBe('');
      expect(validate.code).toBe(0);
      const files = JSON.parse(validate.outputs.files ?? '[]') as string[];
      expect(files).toEqual([FILE]);

      const image = await step('build-image', {
        inputs: { experiment: FILE, registry: registry.host, builder: 'buildah' },
      });
      expect(errorsOf(image), image.stdout).toBe('');
      expect(image.code, image.stdout).toBe(0);
      const imageUri = image.outputs['image-uri'] as string;
      expect(imageUri).toBe(`${registry.host}/batchbench:${image.outputs.tag}`);
      expect(image.outputs.skipped).toBe('false');
      expect((await registry.manifest('batchbench', image.outputs.tag as string)).status).toBe(200);

      await completeJobs(clients, 'pr-image-gh7001');
      const submit = await step('submit', { inputs: { experiment: FILE, 'image-uri': imageUri } });
      expect(errorsOf(submit), submit.stdout).toBe('');
      expect(submit.outputs).toMatchObject({ 'run-id': 'pr-image-gh7001', store: STORE, jobs: '6' });
      // The jobs run the image build-image pushed.
      const { jobDefinitions } = await clients.batch.send(
        new DescribeJobDefinitionsCommand({ status: 'ACTIVE' }),
      );
      const images = new Set((jobDefinitions ?? []).map((d) => d.containerProperties?.image));
      expect([...images]).toEqual([imageUri]);

      const runId = submit.outputs['run-id'] as string;
      const wait = await step('wait', {
        inputs: { 'run-id': runId, store: STORE, experiment: 'pr-image', 'max-wait': '2m' },
      });
      expect(errorsOf(wait), wait.stdout).toBe('');
      expect(wait.outputs).toMatchObject({ status: 'complete', unfinished: '0' });

      const report = await step('report', {
        inputs: { 'run-id': runId, store: STORE, experiment: 'pr-image', 'github-token': 'ghs_test' },
      });
      expect(errorsOf(report), report.stdout).toBe('');
      expect(report.code).toBe(0);
      const json = JSON.parse(report.outputs['report-json'] ?? '') as ReportModel;
      expect(json.run).toMatchObject({ id: runId, jobsPlanned: 6, jobsSucceeded: 6, status: 'complete' });
      const comments = github.commentsOn(42);
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(body.startsWith('<!-- batchbench:pr-image -->')).toBe(true);
      expect(json.cells).toHaveLength(2);
      for (const cell of json.cells)
        expect(body).toMatch(new RegExp(`\\| ${cell.cellId} \\| .*\\| ${cell.wall.n} \\|`));
      expect(report.summary).toBe(body);
      expect(json.targets[0]?.status).toBe('missed');
      expect(github.checkRuns.at(-1)).toMatchObject({ name: 'batchbench / pr-image', conclusion: 'failure' });

      // The next push to the pull request, the image's context unchanged: nothing is built again.
      const again = await step('build-image', {
        inputs: { experiment: FILE, registry: registry.host, builder: 'buildah' },
      });
      expect(again.outputs).toEqual({ ...image.outputs, skipped: 'true' });
    });
  },
);
