import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clip } from '../../domain/report/escape.js';
import * as runner from './runner-io.js';

/** GitHub shows at most 1 MiB of job summary per step, and refuses the whole summary beyond it. */
export const SUMMARY_LIMIT = 1024 * 1024;
/**
 * The most of one output kept inline. A step's outputs share GitHub's 1 MB, so the few that
 * can grow (a report's JSON, a plan) stay well under it each; the whole value is always in a file.
 */
export const INLINE_OUTPUT_LIMIT = 256 * 1024;
/** Room kept for the note that says what was left out. */
const NOTE_RESERVE = 8 * 1024;

export interface SummaryPart {
  /** Names the part in the note when it is left out; Markdown, escaped by the caller. */
  title: string;
  markdown: string;
}

/**
 * Appends to the job summary, never past SUMMARY_LIMIT for the step (what the summary file holds
 * already counts): whole parts while they fit, then a note saying how many were left out, which,
 * and where to find everything (`rest`). A first part too big on its own is cut at a line.
 */
export async function appendSummary(
  parts: string | readonly SummaryPart[],
  options: { heading?: string; rest?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const list = typeof parts === 'string' ? [{ title: 'the report', markdown: parts }] : parts;
  const heading = options.heading ?? '';
  const used = summarySize(options.env ?? process.env);
  const whole = heading + list.map((p) => p.markdown).join('\n');
  const text =
    used + bytes(whole) + 1 <= SUMMARY_LIMIT
      ? whole
      : fold(list, heading, SUMMARY_LIMIT - used, options.rest);
  if (text === '') return;
  await runner.summary.addRaw(text.endsWith('\n') ? text : `${text}\n`).write();
}

function fold(list: readonly SummaryPart[], heading: string, room: number, rest: string | undefined): string {
  const budget = room - NOTE_RESERVE;
  if (budget <= 0) return '';
  let text = heading;
  let kept = 0;
  for (const part of list) {
    const next = `${text}${kept > 0 ? '\n' : ''}${part.markdown}`;
    if (bytes(next) > budget) break;
    text = next;
    kept++;
  }
  let cut = false;
  if (kept === 0 && list[0]) {
    text = cutAtLine(`${text}${list[0].markdown}`, budget);
    cut = true;
  }
  const left = list.slice(cut ? 1 : kept);
  const names = left.slice(0, 40).map((p) => clip(p.title, 100));
  const more = left.length > names.length ? `, and ${left.length - names.length} more` : '';
  const what = cut
    ? `${list[0]?.title ?? 'the text'} is cut short${left.length > 0 ? `, and ${left.length} more parts are left out: ${names.join(', ')}${more}` : ''}`
    : `${left.length} of ${list.length} parts are left out: ${names.join(', ')}${more}`;
  const note =
    `\n\n> [!NOTE]\n> This summary stops here to stay within GitHub's limit of 1 MiB for a step's summary: ` +
    `${what}.${rest ? ` ${rest}` : ''}\n`;
  return `${text}${clipBytes(note, NOTE_RESERVE - 16)}`;
}

/** The longest start of `text` within `max` UTF-8 bytes that ends at a line break. */
function cutAtLine(text: string, max: number): string {
  const head = clipBytes(text, max);
  const nl = head.lastIndexOf('\n');
  return nl > 0 ? head.slice(0, nl) : head;
}

function clipBytes(text: string, max: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= max) return text;
  // A cut inside a multi-byte character decodes to U+FFFD at the end: drop it.
  return buf
    .subarray(0, max)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
}

function summarySize(env: NodeJS.ProcessEnv): number {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return 0;
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Sets an output that can grow past what a step may output: the whole value goes to a file
 * under RUNNER_TEMP whose path is the `<name>-file` output, and `<name>` holds the value itself
 * when it is at most INLINE_OUTPUT_LIMIT bytes, else the `smaller` form when that fits, else
 * nothing (a log line says so).
 */
export function setLargeOutput(
  name: string,
  value: string,
  options: { env?: NodeJS.ProcessEnv; extension?: string; smaller?: () => string } = {},
): string {
  const env = options.env ?? process.env;
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'batchbench-outputs');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${randomBytes(4).toString('hex')}.${options.extension ?? 'json'}`);
  writeFileSync(file, value);
  runner.setOutput(`${name}-file`, file);
  if (bytes(value) <= INLINE_OUTPUT_LIMIT) {
    runner.setOutput(name, value);
    return file;
  }
  const smaller = options.smaller?.();
  const inline = smaller !== undefined && bytes(smaller) <= INLINE_OUTPUT_LIMIT;
  if (inline) runner.setOutput(name, smaller);
  runner.info(
    `the ${name} output is ${bytes(value)} bytes, more than the ${INLINE_OUTPUT_LIMIT} an output keeps: ` +
      `${inline ? `${name} holds a shortened form, ` : `${name} is left empty, `}and ${name}-file (${file}) holds all of it`,
  );
  return file;
}
