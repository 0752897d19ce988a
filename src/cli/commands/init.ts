import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackageFolder, readPackageFile } from '../../adapters/package-files.js';
import {
  fillActionReference,
  ignoreRunsFolder,
  repositorySettings,
} from '../../domain/init/workflow-template.js';
import { PROJECT, githubRepository, majorTag } from '../../domain/project.js';
import { escapeTerminal } from '../../domain/terminal-text.js';
import { parseFlags, pickFlags, usageError } from '../flags.js';
import type { Io } from '../io.js';

/** The choices of --template and the shipped template each one writes. */
const TEMPLATES: Record<string, string> = {
  pr: 'experiments-pr.yml',
  dispatch: 'experiments-dispatch.yml',
  weekly: 'benchmark-weekly.yml',
  collect: 'collect-runs.yml',
  slurm: 'experiments-slurm.yml',
};
const CHOICES = Object.keys(TEMPLATES).join(',');
/** Without --template: all but slurm, which needs a cluster and a runner on its login node. */
const DEFAULT_TEMPLATES = ['pr', 'dispatch', 'weekly', 'collect'];

/** The example experiment and the workload it runs, copied as shipped. */
const EXAMPLE = ['experiments/monte-carlo-scaling.yaml', 'examples/monte-carlo/mc.mjs'];
/** What a template runs by default, so that it works as written: weekly's campaign and its benchmarks. */
const RUNS: Record<string, { files: string[]; folders: string[] }> = {
  weekly: { files: ['experiments/weekly-instance-benchmarks.yaml'], folders: ['examples/benchmarks'] },
};

export const help = `batchbench init: set up batchbench in this git repository

Usage:
  batchbench init [--template LIST] [--force] [--dry-run]

Writes, relative to the repository's top folder:
  .github/workflows/<template>.yml   the chosen workflow templates, using batchbench's actions at
                                     ${PROJECT.repository}@${majorTag(PROJECT.version)}: the major tag of this version
                                     (${PROJECT.version}), which every release of that major moves forward
  ${EXAMPLE.join(', ')}
                                     an example experiment and the workload it runs
  ${RUNS.weekly!.files.join(', ')}, ${RUNS.weekly!.folders.map((f) => `${f}/`).join(', ')}
                                     (weekly) the campaign the weekly workflow runs, and its benchmarks
  .gitignore                         .batchbench/ (where local runs are kept) appended, once
and prints what is left to do: the AWS stack to deploy, the repository variables to set.

Options:
  --template LIST   comma-separated, from ${CHOICES} (default: all but slurm)
                      pr        validate and run changed experiments on pull requests, comment
                      dispatch  run one experiment by hand (workflow_dispatch)
                      weekly    a scheduled benchmark campaign across instance types
                      collect   hourly: gather AWS Batch runs that outlived their workflow
                      slurm     run one experiment on a Slurm cluster, from a self-hosted
                                runner on its login node (workflow_dispatch)
  --force           overwrite files that exist (without it, init refuses and changes nothing)
  --dry-run         list what would be written; write nothing
  -h, --help        this help

Exit codes: 0 done, 2 bad option, not in a git repository, or a file exists (without --force).

Examples:
  batchbench init
  batchbench init --template pr,collect --dry-run
  batchbench init --template slurm
`;

interface PlannedFile {
  /** Relative to the repository's top folder, with / separators. */
  file: string;
  text: string;
  /** An append to a file that exists (.gitignore): never a conflict. */
  append?: boolean;
}

/** The flags init takes (besides --help). */
export const flags = pickFlags('template', 'force', 'dry-run');

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'init');
  if (positionals.length > 0)
    throw usageError('init', `init takes no argument, not ${positionals.map((p) => `"${p}"`).join(' ')}`);
  const chosen = chooseTemplates(values.template);
  const root = await gitTopFolder(io.cwd);
  if (root === undefined) {
    io.stderr.write(
      `batchbench init: ${escapeTerminal(io.cwd)} is not inside a git repository: run it in your repository (or git init first).\n`,
    );
    return 2;
  }
  const workflows = await filledWorkflows(chosen);
  const planned = [...workflows, ...(await shippedFiles(chosen))];
  const gitignore = ignoreRunsFolder(await readIfThere(path.join(root, '.gitignore')));
  if (gitignore !== undefined) planned.push({ file: '.gitignore', text: gitignore, append: true });

  const taken = [];
  for (const p of planned)
    if (!p.append && (await readIfThere(path.join(root, p.file))) !== undefined) taken.push(p.file);
  if (taken.length > 0 && !values.force) {
    io.stderr.write(
      `batchbench init: these files exist, and init changed nothing:\n${taken.map((f) => `  ${f}\n`).join('')}` +
        `Run it again with --force to overwrite them, or choose other templates with --template.\n`,
    );
    return 2;
  }
  const verb = values['dry-run'] ? 'would ' : '';
  for (const p of planned) {
    const what = p.append ? 'append .batchbench/ to' : taken.includes(p.file) ? 'overwrite' : 'write';
    io.stdout.write(`${verb}${what} ${p.file}\n`);
    if (values['dry-run']) continue;
    await mkdir(path.dirname(path.join(root, p.file)), { recursive: true });
    await writeFile(path.join(root, p.file), p.text);
  }
  if (values['dry-run']) {
    io.stdout.write('(dry run: nothing written)\n');
    return 0;
  }
  io.stdout.write(nextSteps(workflows, await originRepository(root)));
  return 0;
}

/** The chosen templates, as they go into .github/workflows/. */
async function filledWorkflows(chosen: string[]): Promise<PlannedFile[]> {
  const reference = { repository: PROJECT.repository, ref: majorTag(PROJECT.version) };
  const workflows: PlannedFile[] = [];
  for (const name of chosen) {
    const template = `workflows-templates/${TEMPLATES[name]}`;
    const text = fillActionReference(await readPackageFile(template), template, reference);
    workflows.push({ file: `.github/workflows/${TEMPLATES[name]}`, text });
  }
  return workflows;
}

/** The example, and what the chosen templates run by default, copied as shipped. */
async function shippedFiles(chosen: string[]): Promise<PlannedFile[]> {
  const files = [...EXAMPLE];
  for (const name of chosen) {
    files.push(...(RUNS[name]?.files ?? []));
    for (const folder of RUNS[name]?.folders ?? [])
      files.push(...(await listPackageFolder(folder)).map((f) => `${folder}/${f}`));
  }
  return Promise.all(files.map(async (file) => ({ file, text: await readPackageFile(file) })));
}

/** The template choices in order; an unknown one is a usage error. */
function chooseTemplates(list: string | undefined): string[] {
  if (list === undefined) return DEFAULT_TEMPLATES;
  const names = list.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !(n in TEMPLATES));
  if (unknown.length > 0 || names.length === 0)
    throw usageError(
      'init',
      `--template: unknown ${unknown.map((n) => `"${escapeTerminal(n)}"`).join(', ')}; choose from ${CHOICES}`,
    );
  return [...new Set(names)];
}

const execFileAsync = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return (await execFileAsync('git', args, { cwd })).stdout.trim();
  } catch {
    return undefined;
  }
}

function gitTopFolder(cwd: string): Promise<string | undefined> {
  return git(cwd, ['rev-parse', '--show-toplevel']);
}

/** owner/name of the repository's origin when it is on GitHub. */
async function originRepository(root: string): Promise<string | undefined> {
  const url = await git(root, ['remote', 'get-url', 'origin']);
  try {
    return url ? githubRepository(url) : undefined;
  } catch {
    return undefined;
  }
}

async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** What is left to do, with the variables and secrets the written workflows read. */
function nextSteps(workflows: PlannedFile[], repository: string | undefined): string {
  const { variables, optional, secrets } = repositorySettings(workflows.map((w) => w.text));
  const repo = repository ? ` --repo ${repository}` : '';
  const infra = `https://github.com/${PROJECT.repository}/tree/v${PROJECT.version}/infra`;
  const lines = [
    '',
    'Next steps:',
    `  1. Try the example on this machine: npx batchbench run ${EXAMPLE[0]}`,
    `  2. For AWS Batch, deploy the CloudFormation stack in infra/ once (${infra}),`,
    `     with GitHubRepository=${repository ?? '<owner>/<name> of this repository'}; its outputs hold most of the values below.`,
  ];
  if (workflows.some((w) => w.file.endsWith(`/${TEMPLATES.slurm}`)))
    lines.push(
      '     For Slurm: register a self-hosted runner on a login node with the labels self-hosted, linux,',
      '     slurm-login (or set BATCHBENCH_SLURM_RUNNER), and set compute.backend: slurm in the experiment.',
    );
  if (variables.length > 0) {
    lines.push(
      '  3. Set the repository variables the workflows read (Settings > Secrets and variables > Actions):',
    );
    for (const v of variables)
      lines.push(
        `       gh variable set ${v}${repo} --body '...'${optional.includes(v) ? '   (optional: has a default)' : ''}`,
      );
  }
  if (secrets.length > 0) {
    lines.push('     and the secrets:');
    for (const s of secrets) lines.push(`       gh secret set ${s}${repo}`);
  }
  lines.push(
    `  ${variables.length > 0 ? 4 : 3}. Commit and push: git add .github/workflows experiments examples .gitignore`,
    '',
  );
  return lines.join('\n');
}
