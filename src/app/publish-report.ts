import { compareReports } from '../domain/analysis/compare-reports.js';
import type { Conclusion } from '../domain/analysis/outcome.js';
import { comparisonOptions, runOutcome } from '../domain/analysis/outcome.js';
import { renderComparisonMarkdown } from '../domain/report/comparison-table.js';
import { clip, escapeMarkdown } from '../domain/report/escape.js';
import { renderJson } from '../domain/report/json.js';
import { DEFAULT_MARKDOWN_LIMIT, renderMarkdown, reportMarker } from '../domain/report/markdown.js';
import type { ReportModel } from '../domain/report/model.js';
import { UserError } from '../domain/user-error.js';
import type { RunOrigin, RunStore } from '../ports/run-store.js';
import type { RunHistoryStore } from '../domain/history/run-entry.js';
import type { Trend } from '../domain/history/trend.js';
import { prTrendFromHistory, recordRun } from './run-history.js';
import { parseJsonOrUndefined } from '../domain/json-text.js';

export type { Conclusion };

/** The report rendered once, and what every place it goes to needs to know about it. */
export interface ReportPublication {
  /** The hidden first line of the body, to find the PR comment again. */
  marker: string;
  /** Markdown for the job summary, the `markdown` output and the PR comment alike. */
  markdown: string;
  json: string;
  /** Undefined while jobs are still running. */
  conclusion?: Conclusion;
  title: string;
}

/** Where a publication goes; each place may be missing (no PR, no token). */
export interface ReportPublisher {
  /** Files to upload as an artifact; written first, so they exist whatever fails after. */
  artifacts?(publication: ReportPublication): Promise<void>;
  summary(markdown: string): Promise<void>;
  /** A step's outputs; a collector publishing many runs in one step has none. */
  outputs?(values: Record<string, string>): void;
  /** A sticky comment on the PR; resolves to what happened, for the log. */
  comment?(marker: string, markdown: string): Promise<string>;
  check?(publication: ReportPublication): Promise<string>;
}

export interface ComposeOptions {
  /** The base branch's report, to show what the PR changed. */
  baseline?: ReportModel;
  /** Why there is no comparison although the run is a PR's (plain text, escaped here). */
  baselineNote?: string;
  /** Jobs still running: no conclusion yet. */
  unfinished?: number;
  /** The sticky comment's marker key; the experiment's name unless the run's origin says otherwise. */
  markerKey?: string;
  /** The changed cells' trend from the history, shown as a section of the report. */
  trend?: (comparison: ReturnType<typeof compareReports>) => Trend[] | undefined;
}

/**
 * Renders the report for GitHub once. The comparison with the base branch goes below the
 * report, and the report folds to leave room for it within a comment's 65,536 characters.
 */
export function composeReport(report: ReportModel, options: ComposeOptions = {}): ReportPublication {
  const markerKey = options.markerKey ?? report.experiment.name;
  const marker = reportMarker(markerKey);
  const comparison = options.baseline
    ? compareReports(options.baseline, report, comparisonOptions(report))
    : undefined;
  const compare = comparison
    ? `\n${renderComparisonMarkdown(comparison)}`
    : options.baselineNote
      ? `\n_${escapeMarkdown(clip(options.baselineNote, 300))}_\n`
      : '';
  const pendingNote =
    options.unfinished && options.unfinished > 0
      ? `\n> [!NOTE]\n> ${options.unfinished} jobs were still running when this was written; the report updates when they are collected.\n`
      : '';
  const trend = comparison && options.trend?.(comparison);
  const markdown =
    renderMarkdown(trend ? { ...report, trend } : report, {
      marker: markerKey,
      limit: DEFAULT_MARKDOWN_LIMIT - compare.length - pendingNote.length,
    }) +
    pendingNote +
    compare;
  const conclusion =
    options.unfinished && options.unfinished > 0 ? undefined : runOutcome(report, comparison).conclusion;
  return {
    marker,
    markdown,
    json: renderJson(report),
    ...(conclusion ? { conclusion } : {}),
    title: titleOf(report, conclusion),
  };
}

/** The check's conclusion without a base to compare with: as runOutcome decides (src/domain/analysis/outcome.ts). */
export function conclusionOf(report: ReportModel): Conclusion {
  return runOutcome(report).conclusion;
}

function titleOf(report: ReportModel, conclusion: Conclusion | undefined): string {
  const r = report.run;
  const missed = report.targets.filter((t) => t.status === 'missed').length;
  const met = report.targets.filter((t) => t.status === 'met').length;
  const jobs = `${r.jobsSucceeded}/${r.jobsPlanned} jobs succeeded`;
  const targets = report.targets.length > 0 ? `, targets ${met} met, ${missed} missed` : '';
  return `${conclusion === undefined ? 'running: ' : ''}${jobs}${targets}`;
}

/** Publishes one rendering everywhere; the files, summary and outputs come first, so they exist whatever fails after. */
export async function publishReport(
  publication: ReportPublication,
  publisher: ReportPublisher,
): Promise<string[]> {
  const log: string[] = [];
  await publisher.artifacts?.(publication);
  await publisher.summary(publication.markdown);
  publisher.outputs?.({
    markdown: publication.markdown,
    'report-json': publication.json,
    conclusion: publication.conclusion ?? 'pending',
  });
  if (publisher.comment) log.push(await publisher.comment(publication.marker, publication.markdown));
  if (publisher.check) log.push(await publisher.check(publication));
  return log;
}

/** A report.json as batchbench writes it, or an error saying where the text came from. */
export function parseReport(text: string, where: string): ReportModel {
  const model = parseJsonOrUndefined(text) as Partial<ReportModel> | undefined;
  if (model?.schemaVersion !== 1 || !Array.isArray(model.cells) || typeof model.run !== 'object')
    throw new UserError(`${where} is not a batchbench report.json`, {
      hint: 'give the report.json a batchbench run wrote',
    });
  return model as ReportModel;
}

export interface PublishRunRequest {
  report: ReportModel;
  /** Jobs still running: the report is provisional. */
  unfinished: number;
  /** Where the run was started; without it nothing is compared or kept for a branch. */
  origin?: Pick<RunOrigin, 'branch' | 'pullRequest' | 'commentKey' | 'defaultBranch'>;
  /** A base report given explicitly: it wins over the base branch's stored one. */
  baseline?: ReportModel;
  /** Why an explicitly given base report is missing, when it is. */
  baselineNote?: string;
  /** Record on the run that its finished report went out (the scheduled collector's bookkeeping). */
  markPublished?: boolean;
}

export interface PublishRunDeps {
  /** The run's store: it keeps the runs' branch reports too. */
  store: RunStore;
  publisher: ReportPublisher;
  log: (line: string) => void;
  now: () => number;
  /** The run history beside the store: a default branch's complete run adds to it, a PR's comment shows its trend. */
  history?: RunHistoryStore;
}

/**
 * Publishes a run's report as its origin asks. A PR's report is compared with the latest
 * report of the branch it merges into, from the run's own store; a finished, complete run of a
 * branch (push, dispatch, schedule) becomes that branch's latest. Only complete runs do, so a
 * pending or failed collection never replaces a good base, and a PR never writes one.
 */
export async function publishRun(req: PublishRunRequest, deps: PublishRunDeps): Promise<ReportPublication> {
  const { report, origin } = req;
  const experiment = report.experiment.name;
  let baseline = req.baseline;
  let baselineNote = req.baselineNote;
  const base = origin?.pullRequest?.baseRef;
  if (!baseline && !baselineNote && base) {
    baseline = await storedBranchReport(deps, experiment, base);
    if (!baseline) baselineNote = `No results of the base branch ${base} yet: nothing to compare with.`;
  }
  if (baselineNote) deps.log(baselineNote);
  const trend =
    baseline && base && deps.history
      ? await prTrendFromHistory(report, deps.history, base, deps.log)
      : undefined;
  const publication = composeReport(report, {
    ...(trend ? { trend } : {}),
    ...(baseline ? { baseline } : {}),
    ...(baselineNote && !baseline ? { baselineNote } : {}),
    ...(req.unfinished > 0 ? { unfinished: req.unfinished } : {}),
    ...(origin?.commentKey ? { markerKey: origin.commentKey } : {}),
  });
  for (const line of await publishReport(publication, deps.publisher)) deps.log(line);
  const complete = req.unfinished === 0 && report.run.status === 'complete';
  if (complete && origin?.branch && !origin.pullRequest) {
    const current = await storedBranchReport(deps, experiment, origin.branch);
    // A run collected hours late must not replace the report of a run started after it.
    if (current && current.run.startedAt > report.run.startedAt) {
      deps.log(`branch ${origin.branch} keeps the report of ${current.run.id}, a run started later`);
    } else {
      const where = await deps.store.writeBranchReport(experiment, origin.branch, publication.json);
      deps.log(`kept as the latest report of branch ${origin.branch}: ${where}`);
    }
  }
  if (
    complete &&
    deps.history &&
    origin?.branch &&
    !origin.pullRequest &&
    origin.branch === origin.defaultBranch
  ) {
    const where = await recordRun(report, deps.history, { ref: origin.branch });
    if (where) deps.log(`added to the history of ${experiment}: ${where}`);
  }
  if (req.markPublished && req.unfinished === 0)
    await deps.store.updateManifest(report.run.id, { publishedAt: new Date(deps.now()).toISOString() });
  return publication;
}

async function storedBranchReport(
  deps: PublishRunDeps,
  experiment: string,
  branch: string,
): Promise<ReportModel | undefined> {
  const text = await deps.store.readBranchReport(experiment, branch);
  if (text === undefined) return undefined;
  try {
    return parseReport(text, `the latest report of branch ${branch}`);
  } catch (error) {
    // A damaged base is no reason to fail a PR's report: it is shown without the comparison.
    deps.log((error as Error).message);
    return undefined;
  }
}
