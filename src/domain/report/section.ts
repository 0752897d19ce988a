/** A report section and its blocks: the types the document and every section builder share. */
import type { Chart } from './charts.js';
import type { Table } from './tables.js';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: Table }
  /** A bulleted list. */
  | { kind: 'notes'; items: string[] }
  | { kind: 'chart'; chart: Chart }
  /** Raw lines a workload printed: shown verbatim (controls removed) in a code block. */
  | { kind: 'log'; lines: string[] };

/** A paragraph block. */
export const para = (text: string): Block => ({ kind: 'paragraph', text });
/** A table block. */
export const table = (t: Table): Block => ({ kind: 'table', table: t });

/**
 * How a section is shown: `open` with a heading; `collapsed` as a detail a reader opens
 * (and that the Markdown renderer may drop to fit a comment); `alert` as a call-out.
 */
export type Display = 'open' | 'collapsed' | 'alert';

export interface Section {
  /** What the section holds; the Markdown renderer folds detail sections by it. */
  key: string;
  title: string;
  display: Display;
  blocks: Block[];
}
