import { renderBaselineMarkdown } from '../domain/report/baseline-markdown.js';
import { renderJson } from '../domain/report/json.js';
import { DEFAULT_MARKDOWN_LIMIT, renderMarkdown, reportMarker } from '../domain/report/markdown.js';
import type { ReportModel } from '../domain/report/model.js';

export type Conclusion = 'success' | 'failure' | 'neutral';

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
  summary(markdown: string): Promise<void>;
  outputs(values: Record<string, string>): void;
  /** A sticky comment on the PR; resolves to what happened, for the log. */
  comment?(marker: string, markdown: string): Promise<string>;
  check?(publication: ReportPublication): Promise<string>;
}

export interface ComposeOptions {
  /** The base branch's report, to show what the PR changed. */
  baseline?: ReportModel;
  /** Jobs still running: no conclusion yet. */
  unfinished?: number;
}

/**
 * Renders the report for GitHub once. The comparison with the base branch goes below the
 * report, and the report folds to leave room for it within a comment's 65,536 characters.
 */
export function composeReport(report: ReportModel, options: ComposeOptions = {}): ReportPublication {
  const marker = reportMarker(report.experiment.name);
  const compare = options.baseline ? `\n${renderBaselineMarkdown(options.baseline, report)}` : '';
  const pendingNote =
    options.unfinished && options.unfinished > 0
      ? `\n> [!NOTE]\n> ${options.unfinished} jobs were still running when this was written; the report updates when they are collected.\n`
      : '';
  const markdown =
    renderMarkdown(report, {
      marker: report.experiment.name,
      limit: DEFAULT_MARKDOWN_LIMIT - compare.length - pendingNote.length,
    }) +
    pendingNote +
    compare;
  const conclusion = options.unfinished && options.unfinished > 0 ? undefined : conclusionOf(report);
  return {
    marker,
    markdown,
    json: renderJson(report),
    ...(conclusion ? { conclusion } : {}),
    title: titleOf(report, conclusion),
  };
}

/** Failed or missing jobs and missed targets fail; inconclusive targets alone are neutral. */
export function conclusionOf(report: ReportModel): Conclusion {
  if (report.run.jobsFailed > 0 || report.run.jobsMissing > 0) return 'failure';
  if (report.targets.some((t) => t.status === 'missed')) return 'failure';
  if (report.targets.some((t) => t.status === 'inconclusive')) return 'neutral';
  return 'success';
}

function titleOf(report: ReportModel, conclusion: Conclusion | undefined): string {
  const r = report.run;
  const missed = report.targets.filter((t) => t.status === 'missed').length;
  const met = report.targets.filter((t) => t.status === 'met').length;
  const jobs = `${r.jobsSucceeded}/${r.jobsPlanned} jobs succeeded`;
  const targets = report.targets.length > 0 ? `, targets ${met} met, ${missed} missed` : '';
  return `${conclusion === undefined ? 'running: ' : ''}${jobs}${targets}`;
}

/** Publishes one rendering everywhere; the summary and outputs come first, so they exist whatever fails after. */
export async function publishReport(
  publication: ReportPublication,
  publisher: ReportPublisher,
): Promise<string[]> {
  const log: string[] = [];
  await publisher.summary(publication.markdown);
  publisher.outputs({
    markdown: publication.markdown,
    'report-json': publication.json,
    conclusion: publication.conclusion ?? 'pending',
  });
  if (publisher.comment) log.push(await publisher.comment(publication.marker, publication.markdown));
  if (publisher.check) log.push(await publisher.check(publication));
  return log;
}
