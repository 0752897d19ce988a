import { appendSummary } from '../adapters/github/step-limits.js';
import { hasErrors } from '../app/check-experiment.js';
import { loadExperimentFile, type LoadedExperiment } from '../compose/experiment.js';
import { pricesAt } from '../compose/prices.js';
import { escapeMarkdown } from '../domain/report/escape.js';
import { renderPlanMarkdown } from '../domain/report/plan-markdown.js';
import { UserError } from '../domain/user-error.js';
import { annotate } from './action-support.js';

export interface ValidateOptions {
  cwd: string;
  repeats?: number;
  prices?: string;
}

/**
 * Checks experiment files and shows every problem as an annotation at its file, line and
 * column, and every valid file's plan in the job summary. Returns the results; the caller
 * decides whether problems fail the step (failOnProblems).
 */
export async function validateFiles(
  files: readonly string[],
  options: ValidateOptions,
): Promise<LoadedExperiment[]> {
  const prices = await pricesAt(options.prices, options.cwd);
  const results: LoadedExperiment[] = [];
  for (const file of files)
    results.push(
      await loadExperimentFile(file, {
        cwd: options.cwd,
        prices,
        ...(options.repeats ? { repeats: options.repeats } : {}),
      }),
    );
  for (const r of results) annotate(r.problems);
  const parts = results.map((r) => {
    const errors = r.problems.filter((p) => p.severity === 'error').length;
    const title = escapeMarkdown(r.file);
    if (errors > 0 || !r.plan)
      return {
        title,
        markdown: `### ❌ ${title}\n\n${errors} problem${errors === 1 ? '' : 's'}: see the annotations on the file.\n`,
      };
    return { title, markdown: renderPlanMarkdown(r.plan) };
  });
  if (parts.length > 0)
    await appendSummary(parts, {
      heading: '## batchbench · validate\n\n',
      rest: "Every file's problems are in the annotations, and every plan in the file the `plan-file` output names.",
    });
  return results;
}

/** The step fails when any file has an error: `what` names the files in the message. */
export function failOnProblems(results: readonly LoadedExperiment[], what: (bad: number) => string): void {
  const errors = results.flatMap((r) => r.problems).filter((p) => p.severity === 'error').length;
  const bad = results.filter((r) => hasErrors(r.problems)).length;
  if (errors > 0) throw new UserError(`${errors} problem${errors === 1 ? '' : 's'} in ${what(bad)}`);
}
