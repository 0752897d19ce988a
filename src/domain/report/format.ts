/**
 * Number formatting shared by every renderer, so the PR comment, the terminal and the HTML
 * page show the same figures. Unknown or non-finite values show as an em dash rather than
 * as 0 or NaN: a missing measurement must not look like a measured one.
 */
import type { Interval, Summary } from './model.js';

export const UNKNOWN = '—';

// One formatter each: building one per call dominates the rendering of large reports.

/**
 * A plain decimal (`-1234567.50`) with its digits grouped by three as en-US writes them
 * (`-1,234,567.50`). Not Intl.NumberFormat: loading ICU for it took ~20 ms, a tenth of a short
 * local run's whole start-up.
 */
function grouped(decimal: string): string {
  const parts = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  if (!parts) return decimal; // an exponent: far beyond anything worth grouping
  const [, sign = '', whole = '', fraction = ''] = parts;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`;
}

/**
 * A non-negative number rounded half up to `digits` decimals as it is written in base ten, as
 * a person (and Intl) rounds it: 1.005 gives 1.01, where toFixed gives 1.00 from the binary
 * value just below 1.005.
 */
function toDecimals(value: number, digits: number): string {
  // NaN if String(value) has an exponent; past 2^53 the digits would not be exact.
  const scaled = Math.round(Number(`${value}e${digits}`));
  return Number.isSafeInteger(scaled)
    ? Number(`${scaled}e-${digits}`).toFixed(digits)
    : value.toFixed(digits);
}

function known(value: number | null | undefined): value is number {
  return value != null && Number.isFinite(value);
}

/** Seconds as `450 ms`, `1.23 s`, `12.3 s`, `2m 05s`, `4h 24m` or `2d 03h`. */
export function formatSeconds(seconds: number | undefined): string {
  if (!known(seconds)) return UNKNOWN;
  if (seconds < 0) return `-${formatSeconds(-seconds)}`;
  if (seconds === 0) return '0 s';
  if (seconds < 0.001) return `${(seconds * 1e6).toFixed(0)} µs`;
  if (seconds < 1) return `${Number((seconds * 1000).toPrecision(3))} ms`;
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 59.95) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${pad2(whole % 60)}s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}h ${pad2(minutes % 60)}m`;
  const hours = Math.round(seconds / 3600);
  return `${Math.floor(hours / 24)}d ${pad2(hours % 24)}h`;
}

function pad2(n: number): string {
  return n.toString().padStart(2, '0');
}

/**
 * US dollars with the precision the amount deserves: two significant digits below ten cents
 * (`$0.0042`, `$0.017`), cents above (`$6.90`), thousands separated (`$1,234.50`).
 */
export function formatUsd(usd: number | null | undefined): string {
  if (!known(usd)) return UNKNOWN;
  if (usd < 0) return `-${formatUsd(-usd)}`;
  if (usd === 0) return '$0.00';
  const rounded = Number(usd.toPrecision(2));
  if (rounded < 0.1) {
    const digits = Math.max(2, 1 - Math.floor(Math.log10(rounded)));
    return `$${rounded.toFixed(digits).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
  }
  return `$${grouped(toDecimals(usd, 2))}`;
}

/** A total in a sentence: "unknown" when a price is missing, never $0.00. */
export function formatTotalUsd(usd: number | null | undefined): string {
  return known(usd) ? formatUsd(usd) : 'unknown';
}

/** A signed difference in dollars: `+$0.50`, `-$1.20`. */
export function formatUsdDelta(usd: number | null | undefined): string {
  if (!known(usd)) return UNKNOWN;
  return usd < 0 ? formatUsd(usd) : `+${formatUsd(usd)}`;
}

/** A speedup factor with two decimals: `1.93×`. */
export function formatSpeedup(value: number | undefined): string {
  return known(value) ? `${value.toFixed(2)}×` : UNKNOWN;
}

/** A speedup with its interval when there is one: `1.93× [1.85, 2.01]`. */
export function formatSpeedupInterval(interval: Interval | undefined): string {
  if (interval == null || !known(interval.value)) return UNKNOWN;
  if (interval.unbounded) return `${formatSpeedup(interval.value)} [unbounded]`;
  const [lo, hi] = interval.ci ?? [NaN, NaN];
  if (!known(lo) || !known(hi)) return formatSpeedup(interval.value);
  return `${formatSpeedup(interval.value)} [${lo.toFixed(2)}, ${hi.toFixed(2)}]`;
}

/** A seconds interval, `[1.20 s, 1.31 s]`, or the em dash when it cannot be bounded. */
export function formatSecondsInterval(ci: [number, number] | undefined): string {
  if (ci == null || !known(ci[0]) || !known(ci[1])) return UNKNOWN;
  return `[${formatSeconds(ci[0])}, ${formatSeconds(ci[1])}]`;
}

/** A ratio as a percentage: `96%`, `4.2%`, `0.35%`. */
export function formatPercent(ratio: number | undefined): string {
  if (!known(ratio)) return UNKNOWN;
  const pct = ratio * 100;
  const abs = Math.abs(pct);
  const digits = abs >= 10 || abs === 0 ? 0 : abs >= 1 ? 1 : 2;
  return `${pct.toFixed(digits)}%`;
}

/** A count and its noun, agreeing: `1 cell`, `3 cells`, `1,200 jobs`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** A plain number with a fixed number of decimals (Karp-Flatt fractions, R²). */
export function formatFixed(value: number | undefined, decimals: number): string {
  return known(value) ? value.toFixed(decimals) : UNKNOWN;
}

/** A count with thousands separators. */
export function formatCount(value: number | undefined): string {
  return known(value) ? grouped(Math.round(value).toFixed(0)) : UNKNOWN;
}

/** A metric value: up to 4 significant digits, thousands separated, no exponent below 1e15. */
export function formatMetric(value: number | undefined): string {
  if (!known(value)) return UNKNOWN;
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  if (Math.abs(value) >= 1e15) return value.toExponential(3);
  return grouped(String(Number(value.toPrecision(4))));
}

/** Binary sizes: `512 B`, `1.5 GiB`. */
export function formatBytes(bytes: number | undefined): string {
  if (!known(bytes)) return UNKNOWN;
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** Mean ± sd of a seconds summary, `1.25 s ± 0.04 s`; just the mean with one sample. */
export function formatMeanSd(summary: Summary): string {
  if (!known(summary.mean)) return UNKNOWN;
  if (summary.n < 2 || !known(summary.sd)) return formatSeconds(summary.mean);
  return `${formatSeconds(summary.mean)} ± ${formatSeconds(summary.sd)}`;
}

/** A confidence level as a label: 0.95 → `95%`. */
export function formatConfidence(confidence: number): string {
  return known(confidence) ? `${Number((confidence * 100).toPrecision(3))}%` : UNKNOWN;
}

/** A compact `key=value, key=value` view of matrix values. */
export function formatValues(values: Record<string, string | number | boolean>): string {
  const parts = Object.entries(values).map(([key, value]) => `${key}=${String(value)}`);
  return parts.length > 0 ? parts.join(', ') : UNKNOWN;
}
