import type { Command } from '../command.js';

export type { Command } from '../command.js';

/**
 * Every command, in the order `batchbench --help` lists them. A command is a module under
 * cli/commands/ (help, flags, run); adding one is one line here. Modules load on use, so a
 * local run never loads the AWS SDK or Octokit.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: 'check experiment files; every problem at once, exit 2 on any',
    load: () => import('./validate.js'),
  },
  plan: { summary: 'the jobs, estimated time and cost; runs nothing', load: () => import('./plan.js') },
  run: {
    summary: 'run an experiment (local processes unless the file says aws-batch)',
    load: () => import('./run.js'),
  },
  report: { summary: 'the report of a finished run again, in any format', load: () => import('./report.js') },
  list: { summary: 'the runs kept in the runs folder', load: () => import('./list.js') },
  collect: {
    summary: 'gather an AWS Batch run that went on while nobody waited',
    load: () => import('./collect.js'),
  },
  cancel: { summary: 'stop every unfinished AWS Batch job of a run', load: () => import('./cancel.js') },
  campaign: {
    summary: 'a weekly benchmark campaign: plan, run, queues',
    load: () => import('./campaign.js'),
  },
  compare: {
    summary: 'two runs cell by cell: change, interval, p-values, verdict',
    load: () => import('./compare.js'),
  },
  history: { summary: 'trend charts of an experiment over its commits', load: () => import('./history.js') },
  init: {
    summary: 'set up workflows and an example experiment in your git repository',
    load: () => import('./init.js'),
  },
};
