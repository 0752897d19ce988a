import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './run-bundled.js';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  if?: string;
  'runs-on'?: unknown;
  concurrency?: { group: string };
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const dir = path.join(ROOT, 'workflows-templates');
const templates = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const load = (file: string) => parse(readFileSync(path.join(dir, file), 'utf8')) as Workflow;

describe('workflow templates', () => {
  it('are the five the issues ask for, each documented at its top', () => {
    expect(templates.sort()).toEqual([
      'benchmark-weekly.yml',
      'collect-runs.yml',
      'experiments-dispatch.yml',
      'experiments-pr.yml',
      'experiments-slurm.yml',
    ]);
    for (const file of templates) {
      const head = readFileSync(path.join(dir, file), 'utf8').split('\n').slice(0, 4);
      expect(
        head.every((l) => l.startsWith('#')),
        file,
      ).toBe(true);
    }
  });

  it.each(templates)(
    '%s: least permissions per job, no event data inside run scripts, never pull_request_target',
    (file) => {
      const wf = load(file);
      expect(Object.keys(wf.on)).not.toContain('pull_request_target');
      expect(wf.permissions).toEqual({});
      for (const [name, job] of Object.entries(wf.jobs)) {
        expect(job.permissions, `${file} ${name}`).toBeDefined();
        for (const step of job.steps) if (step.run) expect(step.run, `${file} ${name}`).not.toContain('${{');
        // Credentials only through OIDC: a job that configures AWS asks for id-token and no keys.
        const aws = job.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials'));
        if (aws) {
          expect(job.permissions?.['id-token']).toBe('write');
          expect(Object.keys(aws.with ?? {}).sort()).toEqual(['aws-region', 'role-to-assume']);
        }
      }
    },
  );

  it('slurm: a self-hosted login-node runner, one run per partition at a time, never cancelled midway', () => {
    const job = load('experiments-slurm.yml').jobs.run;
    expect(job?.['runs-on']).toBe(
      `\${{ fromJSON(vars.BATCHBENCH_SLURM_RUNNER || '["self-hosted","linux","slurm-login"]') }}`,
    );
    expect(job?.concurrency).toEqual({
      group: "batchbench-slurm-${{ vars.BATCHBENCH_SLURM_PARTITION || 'default' }}",
      'cancel-in-progress': false,
    });
    expect(job?.steps.map((s) => s.uses?.replace(/@.*/, ''))).toEqual([
      'actions/checkout',
      'actions/checkout',
      undefined,
      'OWNER/batchbench/actions/report',
      'actions/upload-artifact',
    ]);
  });

  it('pull requests: validate always; cloud runs only for the repository own branches, forks only by label and locally', () => {
    const wf = load('experiments-pr.yml');
    expect(wf.jobs.validate?.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(wf.jobs.run?.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(wf.jobs.run?.concurrency?.group).toBe(
      'batchbench-pr-${{ github.event.pull_request.number || github.ref }}-${{ matrix.experiment }}',
    );
    expect(wf.jobs.run?.steps.map((s) => s.uses?.replace(/@.*/, ''))).toEqual([
      'actions/checkout',
      'aws-actions/configure-aws-credentials',
      'OWNER/batchbench/actions/build-image',
      'OWNER/batchbench/actions/submit',
      'OWNER/batchbench/actions/wait',
      'OWNER/batchbench/actions/report',
      'actions/upload-artifact',
    ]);
    const fork = wf.jobs['run-fork'];
    // The label approves the code it was added on: a later push does not run until it is added again.
    expect(fork?.if).toContain(
      "github.event.action == 'labeled' && github.event.label.name == 'run-experiments'",
    );
    expect(fork?.if).not.toContain('labels.*.name');
    expect(fork?.permissions?.['id-token']).toBeUndefined();
    expect(fork?.steps.find((s) => s.uses?.startsWith('OWNER/batchbench@'))?.with?.backend).toBe('local');
  });

  it('hand the built image to the step that submits: build-image runs right before it, with the same file', () => {
    const pr = load('experiments-pr.yml').jobs.run?.steps ?? [];
    const build = pr.findIndex((s) => s.uses?.startsWith('OWNER/batchbench/actions/build-image@'));
    expect(pr[build + 1]?.uses).toMatch(/^OWNER\/batchbench\/actions\/submit@/);
    expect(pr[build + 1]?.with?.['image-uri']).toBe('${{ steps.image.outputs.image-uri }}');
    expect(pr[build]?.with?.experiment).toBe(pr[build + 1]?.with?.experiment);
    const manual = load('experiments-dispatch.yml').jobs.run?.steps ?? [];
    const image = manual.findIndex((s) => s.uses?.startsWith('OWNER/batchbench/actions/build-image@'));
    expect(manual[image + 1]?.uses).toMatch(/^OWNER\/batchbench@/);
    expect(manual[image + 1]?.with?.['image-uri']).toBe('${{ steps.image.outputs.image-uri }}');
    expect(manual[image]?.if).toBe("inputs.backend != 'local' && !inputs.dry-run");
  });

  it('weekly: the campaign action on AWS Batch through OIDC, hourly with window current, one run at a time', () => {
    const wf = load('benchmark-weekly.yml');
    expect(wf.on.schedule).toEqual([{ cron: '17 * * * *' }]);
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const job = wf.jobs.campaign as Job & { concurrency?: unknown };
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect((wf as unknown as { concurrency: unknown }).concurrency).toEqual({
      group: 'batchbench-campaign',
      'cancel-in-progress': false,
    });
    expect(job.steps.map((s) => s.uses?.replace(/@.*/, ''))).toEqual([
      'actions/checkout',
      'aws-actions/configure-aws-credentials',
      'OWNER/batchbench/actions/campaign',
    ]);
    expect(job.steps.some((s) => s.run)).toBe(false);
    const campaign = job.steps[2]?.with ?? {};
    expect(campaign).toMatchObject({
      backend: 'aws-batch',
      window: "${{ inputs.window || 'current' }}",
      queue: '${{ vars.BATCHBENCH_QUEUE }}',
      'spot-queue': '${{ vars.BATCHBENCH_SPOT_QUEUE }}',
      'image-uri': '${{ vars.BATCHBENCH_IMAGE_URI }}',
    });
    // Every input it passes is one the action declares.
    const action = parse(readFileSync(path.join(ROOT, 'actions/campaign/action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    for (const name of Object.keys(campaign)) expect(Object.keys(action.inputs)).toContain(name);
  });
});
