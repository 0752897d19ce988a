/**
 * The report as a document: its sections in order, each a list of typed blocks (paragraphs,
 * tables, notes, charts, log tails). Built once here from the report model; the Markdown,
 * HTML and terminal renderers only format it, so they show the same sections in the same
 * order. Text stays raw (unescaped): each renderer escapes it for its own syntax.
 *
 * To add a section (a comparison with a base run...), write a function from
 * the model to its sections and put it in SECTION_BUILDERS where it should appear.
 */
import { costBarChart, speedupLineChart, wallTimeBarChart, type BarScope, type Chart } from './charts.js';
import { basisText, costByStageTable, costCompareTable, costSummaryLine } from './cost-tables.js';
import { trendSection } from './history-section.js';
import type { ReportModel, TargetStatus } from './model.js';
import { para, table, type Block, type Section } from './section.js';
import { recommendationSection } from './recommendation-section.js';
import {
  amdahlLine,
  cellDetailTable,
  extrapolationLines,
  failuresTable,
  fanOutNotes,
  fanOutTable,
  metricsTable,
  resultsTable,
  seriesScope,
  seriesTitle,
  speedupTable,
  stagesOf,
  stragglersTable,
  targetCounts,
  targetsTable,
  timeSplitTable,
} from './tables.js';

export type { Block, Display, Section } from './section.js';

export interface DocumentHead {
  name: string;
  description?: string;
  run: ReportModel['run'];
  /** Undefined when the experiment sets no targets. */
  targets?: Record<TargetStatus, number>;
  /** Where and when: start, finish, host, CPU, commit, file. */
  meta: string[];
}

export interface ReportDocument {
  head: DocumentHead;
  sections: Section[];
}

type SectionBuilder = (model: ReportModel) => Section[];

function warnings(model: ReportModel): Section[] {
  if (model.warnings.length === 0) return [];
  return [
    {
      key: 'warnings',
      title: 'Read these figures with care',
      display: 'alert',
      blocks: [{ kind: 'notes', items: model.warnings }],
    },
  ];
}

function targets(model: ReportModel): Section[] {
  const t = targetsTable(model.targets);
  return t != null ? [{ key: 'targets', title: 'Targets', display: 'open', blocks: [table(t)] }] : [];
}

function results(model: ReportModel): Section[] {
  return stagesOf(model.cells).map((stage) => ({
    key: 'results',
    title: `Results · stage ${stage}`,
    display: 'open',
    blocks: [
      para('Wall time of one repeat (n = repeats measured); cost per cell.'),
      table(
        resultsTable(
          model.cells.filter((c) => c.stage === stage),
          model.confidence,
        ),
      ),
    ],
  }));
}

function scaling(model: ReportModel): Section[] {
  const s = model.scaling;
  if (s == null) return [];
  return s.series.flatMap((series): Section[] => {
    const title = seriesTitle(series, s.axis);
    const fit = amdahlLine(series);
    const note = [s.target != null ? `Target: ${s.target.toFixed(2)}×.` : undefined, fit]
      .filter((part) => part != null)
      .join(' ');
    const chart = speedupLineChart(series, s.axis, `Speedup vs ${s.axis} (${seriesScope(series)})`);
    return [
      {
        key: 'scaling',
        title,
        display: 'open',
        blocks: [
          table(speedupTable(series, s.axis, model.confidence, s.target)),
          ...(note ? [para(note)] : []),
        ],
      },
      ...(chart != null
        ? [
            {
              key: 'charts',
              title: `Chart: ${chart.title}`,
              display: 'collapsed' as const,
              blocks: [chartBlock(chart)],
            },
          ]
        : []),
    ];
  });
}

function chartBlock(chart: Chart): Block {
  return { kind: 'chart', chart };
}

function cost(model: ReportModel): Section[] {
  const compare = costCompareTable(model.cost);
  return [
    { key: 'cost', title: 'Cost', display: 'open', blocks: [para(costSummaryLine(model.cost, model.cells))] },
    {
      key: 'cost-detail',
      title: 'Cost breakdown by stage and component',
      display: 'collapsed',
      blocks: [
        table(costByStageTable(model.cost)),
        ...(compare != null ? [table(compare)] : []),
        para(`Basis: ${basisText(model.cost.basis)}; ≈ marks a local run priced as if on the cloud.`),
        para(`Prices: ${model.cost.priceSnapshot}`),
      ],
    },
  ];
}

function timeSplit(model: ReportModel): Section[] {
  const t = timeSplitTable(model.cells);
  return t != null
    ? [
        {
          key: 'time-split',
          title: 'Where the time went (mean seconds per task)',
          display: 'collapsed',
          blocks: [table(t)],
        },
      ]
    : [];
}

function fanOut(model: ReportModel): Section[] {
  const t = fanOutTable(model.cells);
  const stragglers = stragglersTable(model.cells);
  return [
    ...(t != null
      ? [
          {
            key: 'fan-out',
            title: 'Fan-out: makespan, task completion quantiles, stragglers',
            display: 'collapsed' as const,
            blocks: [table(t), { kind: 'notes' as const, items: fanOutNotes(model.cells) }],
          },
        ]
      : []),
    ...(stragglers != null
      ? [
          {
            key: 'stragglers',
            title: `Stragglers (${stragglers.rows.length})`,
            display: 'collapsed' as const,
            blocks: [table(stragglers)],
          },
        ]
      : []),
  ];
}

/**
 * Per stage, so that stages sharing cell ids never share x labels; when every stage has one
 * cell (no matrix), one chart with a bar per stage instead of a chart per bar.
 */
function barScopes(model: ReportModel): BarScope[] {
  const stages = stagesOf(model.cells);
  if (stages.length > 1 && model.cells.length === stages.length)
    return [{ per: 'stage', cells: model.cells, label: (c) => c.stage }];
  return stages.map((stage) => ({
    per: `cell (stage ${stage})`,
    cells: model.cells.filter((c) => c.stage === stage),
    label: (c) => c.cellId,
  }));
}

function cellCharts(model: ReportModel): Section[] {
  return barScopes(model)
    .flatMap((scope) => [wallTimeBarChart(scope), costBarChart(scope)])
    .filter((chart) => chart != null)
    .map((chart) => {
      const shown = chart.bars.length;
      const more = chart.omitted > 0 ? ` (first ${shown} of ${shown + chart.omitted})` : '';
      return {
        key: 'charts',
        title: `Chart: ${chart.title}${more}`,
        display: 'collapsed',
        blocks: [chartBlock(chart)],
      };
    });
}

function extrapolation(model: ReportModel): Section[] {
  const lines = extrapolationLines(model);
  return lines.length > 0
    ? [{ key: 'extrapolation', title: 'Extrapolation', display: 'open', blocks: lines.map(para) }]
    : [];
}

function failures(model: ReportModel): Section[] {
  const t = failuresTable(model.failures);
  if (t == null) return [];
  return [
    { key: 'failures', title: `Failures (${model.failures.length})`, display: 'open', blocks: [table(t)] },
    ...model.failures.map((f) => ({
      key: 'log-tails',
      title: `Log tail of ${f.jobId} (${f.logTail.length} ${f.logTail.length === 1 ? 'line' : 'lines'})`,
      display: 'collapsed' as const,
      blocks:
        f.logTail.length > 0
          ? [{ kind: 'log' as const, lines: f.logTail }]
          : [para('No log lines were collected.')],
    })),
  ];
}

function cellDetail(model: ReportModel): Section[] {
  const metrics = metricsTable(model.cells, model.confidence);
  return [
    {
      key: 'cell-detail',
      title: 'Per-cell detail: values, backend, memory, CPU models, metrics',
      display: 'collapsed',
      blocks: [table(cellDetailTable(model.cells)), ...(metrics != null ? [table(metrics)] : [])],
    },
  ];
}

/** The sections of every report, in the order a reader meets them. */
export const SECTION_BUILDERS: readonly SectionBuilder[] = [
  warnings,
  targets,
  results,
  scaling,
  // A comparison with a base run belongs here too, after the findings.
  recommendationSection,
  trendSection,
  cost,
  timeSplit,
  fanOut,
  cellCharts,
  extrapolation,
  failures,
  cellDetail,
];

function head(model: ReportModel): DocumentHead {
  const { run, experiment } = model;
  const meta = [
    `started ${run.startedAt}`,
    run.finishedAt != null ? `finished ${run.finishedAt}` : undefined,
    run.host != null ? `host ${run.host}` : undefined,
    run.cpuModel != null
      ? `CPU ${run.cpuModel}${run.cpuCount != null ? ` × ${run.cpuCount}` : ''}`
      : undefined,
    run.gitCommit != null ? `commit ${run.gitCommit}` : undefined,
    `file ${experiment.file}`,
  ].filter((part) => part != null);
  return {
    name: experiment.name,
    ...(experiment.description != null ? { description: experiment.description } : {}),
    run,
    ...(model.targets.length > 0 ? { targets: targetCounts(model.targets) } : {}),
    meta,
  };
}

/** Titles a reader can tell apart: a repeated one gets " (2)", " (3)"..., in charts too. */
function distinctTitles(sections: Section[]): Section[] {
  const seen = new Map<string, number>();
  const distinct = (title: string): string => {
    const count = (seen.get(title) ?? 0) + 1;
    seen.set(title, count);
    return count === 1 ? title : `${title} (${count})`;
  };
  return sections.map((section) => {
    const blocks = section.blocks.map((block) =>
      block.kind === 'chart'
        ? { ...block, chart: { ...block.chart, title: distinct(block.chart.title) } }
        : block,
    );
    return { ...section, title: distinct(section.title), blocks };
  });
}

export function buildDocument(model: ReportModel): ReportDocument {
  return { head: head(model), sections: distinctTitles(SECTION_BUILDERS.flatMap((build) => build(model))) };
}
