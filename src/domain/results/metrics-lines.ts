import { parseJsonOrUndefined } from '../json-text.js';

/**
 * Workloads report what they measured in two ways: JSON lines `{"name": "reward", "value": 0.93}`
 * appended to $BATCHBENCH_METRICS, or `::metric name=value` lines on stdout. Both come from code
 * nobody here controls, so a bad line is counted and skipped rather than failing the job.
 */

export interface ParsedMetrics {
  /** Name -> value; a name reported twice keeps its last value. */
  values: Record<string, number>;
  /** Lines that looked like a metric (any non-blank JSON line, or a `::metric` line) but were not valid. */
  malformed: number;
}

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const STDOUT_PREFIX = '::metric ';

/** A name the report, JSON keys and Markdown tables can carry as it is. */
export function isMetricName(name: string): boolean {
  return NAME.test(name);
}

/** Parses the text of a $BATCHBENCH_METRICS file: one JSON object per line, blank lines ignored. */
export function parseMetricsJsonLines(text: string): ParsedMetrics {
  // A Map, then own properties: a metric called "__proto__" must stay a metric.
  const values = new Map<string, number>();
  let malformed = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const metric = jsonMetric(line);
    if (metric) values.set(metric.name, metric.value);
    else malformed++;
  }
  return { values: Object.fromEntries(values), malformed };
}

/** Parses `::metric name=value` lines out of a workload's stdout; every other line is ignored. */
export function parseStdoutMetricLines(text: string): ParsedMetrics {
  const values = new Map<string, number>();
  let malformed = 0;
  for (const raw of text.split('\n')) {
    const metric = stdoutMetric(raw);
    if (metric === undefined) continue;
    if (metric) values.set(metric.name, metric.value);
    else malformed++;
  }
  return { values: Object.fromEntries(values), malformed };
}

/**
 * One stdout line: undefined when it is not a metric line at all, null when it is one but
 * malformed. Exported so a streaming reader can parse line by line without holding the output.
 */
export function stdoutMetric(raw: string): { name: string; value: number } | null | undefined {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (!line.startsWith(STDOUT_PREFIX)) return undefined;
  const body = line.slice(STDOUT_PREFIX.length).trim();
  const eq = body.indexOf('=');
  if (eq <= 0) return null;
  const name = body.slice(0, eq).trim();
  const value = toNumber(body.slice(eq + 1).trim());
  return isMetricName(name) && value !== undefined ? { name, value } : null;
}

/** Merges sources in order; a later source wins for a name both report. */
export function mergeMetrics(...sources: ParsedMetrics[]): ParsedMetrics {
  const values = new Map<string, number>();
  let malformed = 0;
  for (const s of sources) {
    for (const [name, value] of Object.entries(s.values)) values.set(name, value);
    malformed += s.malformed;
  }
  return { values: Object.fromEntries(values), malformed };
}

function jsonMetric(line: string): { name: string; value: number } | undefined {
  const parsed = parseJsonOrUndefined(line);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { name, value } = parsed as { name?: unknown; value?: unknown };
  if (typeof name !== 'string' || !isMetricName(name)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return { name, value };
}

function toNumber(text: string): number | undefined {
  // Number('') is 0 and Number('0x10') is 16: accept plain decimal notation only.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
