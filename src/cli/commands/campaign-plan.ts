import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderCampaignPlan } from '../../domain/campaign/render-plan.js';
import { checkCampaignFile, weekOf } from '../campaign-file.js';
import { parseFlags, pickFlags, single } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { chooseFormat, OUTPUT_FLAGS } from '../output.js';

export const flags = { ...OUTPUT_FLAGS, ...pickFlags('week', 'prices') } as const;

export const help = `batchbench campaign plan: a campaign's week of jobs, within its limits; runs nothing

Usage:
  batchbench campaign plan FILE [--week 2026-W48] [--json] [--output plan.json]

Every job gets its instance type, variant, day, window, wave and capacity, within the file's
max-daily-jobs and max-concurrent; or the command says which limit cannot be met, by how much,
and exits 2.

Flags:
  --week W            the ISO week to plan (default: this week)
  --json              the plan as JSON on stdout
  --format F          terminal (default) or json
  --output FILE       write the plan to FILE (JSON when FILE ends in .json)
  --prices FILE       estimate with this price table instead of the shipped one
  -h, --help          this help

Examples:
  batchbench campaign plan experiments/weekly-instance-benchmarks.yaml --week 2026-W48
  batchbench campaign plan experiments/weekly-instance-benchmarks.yaml --output plan.json
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'campaign plan');
  const file = single(positionals, 'campaign plan');
  const toJsonFile = values.format === undefined && values.output?.endsWith('.json') === true;
  const format = toJsonFile ? 'json' : chooseFormat('campaign plan', values, ['terminal', 'json'] as const);
  const week = weekOf(values.week, Date.now(), '--week');
  const checked = await checkCampaignFile(file, values.prices, io, week);
  if (!checked.plan) return EXIT.usage;
  const text =
    format === 'json' ? `${JSON.stringify(checked.plan, null, 2)}\n` : renderCampaignPlan(checked.plan);
  if (values.output) {
    await writeFile(path.resolve(io.cwd, values.output), text);
    io.stderr.write(
      `${checked.plan.jobs.length} jobs for ${checked.plan.week} written to ${values.output}\n`,
    );
  } else io.stdout.write(text);
  return EXIT.ok;
}
