import { conclusionOf } from '../app/publish-report.js';
import { escapeTerminal } from '../domain/terminal-text.js';
import type { ReportModel } from '../domain/report/model.js';
import { EXIT } from './io.js';

/**
 * The exit code of a finished run, from the same decision as its GitHub check (conclusionOf):
 * a failed or missing job or a missed target is 1; an inconclusive target alone is 0, as the
 * check's "neutral" is not a failure.
 */
export function exitCodeOf(report: ReportModel): number {
  const conclusion = conclusionOf(report);
  if (conclusion === 'failure') return EXIT.failed;
  // Jobs someone stopped (Ctrl-C, cancel) with nothing failed: interrupted, not failed.
  return conclusion === 'cancelled' ? EXIT.interrupted : EXIT.ok;
}

/**
 * One line per inconclusive target: what was measured from how many samples, and what would
 * settle it. The report shows the target; this says plainly why it does not gate the exit code.
 */
export function inconclusiveNotes(report: ReportModel): string[] {
  return report.targets
    .filter((t) => t.status === 'inconclusive')
    .map((t) => {
      const cell = report.cells.find((c) => c.cellId === t.cellId);
      const n = cell?.wall.n;
      const samples = n === undefined ? 'no samples' : `${n} sample${n === 1 ? '' : 's'} per cell`;
      const settle =
        t.actual === 'no data'
          ? 'no cell reported this value; check the metric name and that the workload reports it'
          : t.actual.includes('(no interval)')
            ? 'one sample gives no interval: run at least 3 repeats (--repeats, or repeats: in the file)'
            : 'its interval reaches both sides of the target: more repeats (--repeats, or repeats: in the file) narrow it';
      return (
        `inconclusive (does not fail the run): ${escapeTerminal(t.description)} ${escapeTerminal(t.target)}, ` +
        `measured ${escapeTerminal(t.actual)} from ${samples}; ${settle}`
      );
    });
}
