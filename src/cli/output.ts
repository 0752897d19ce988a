import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportModel } from '../domain/report/model.js';
import { renderHtml } from '../domain/report/html.js';
import { renderJson } from '../domain/report/json.js';
import { renderMarkdown } from '../domain/report/markdown.js';
import { renderTerminal } from '../domain/report/terminal.js';
import { useColor } from './color.js';
import { pickFlags, usageError, type COLOR_FLAGS, type FlagValues } from './flags.js';
import type { Io } from './io.js';

export const REPORT_FORMATS = ['terminal', 'markdown', 'json', 'html'] as const;

/** The flags of a command that writes a document: what chooseFormat and emit read. */
export const OUTPUT_FLAGS = pickFlags('format', 'json', 'output');

export type ReportFlags = FlagValues<typeof OUTPUT_FLAGS & typeof COLOR_FLAGS>;

/**
 * The format asked for: --format, --json (the same as --format json), or terminal. A format the
 * command does not know, or --json beside another format, is refused (exit 2), never ignored.
 */
export function chooseFormat<F extends string>(
  command: string,
  values: ReportFlags,
  formats: readonly F[],
): F {
  if (values.color && values['no-color'])
    throw usageError(command, '--color and --no-color contradict each other: give one of them');
  const format = values.format ?? (values.json ? 'json' : formats[0]);
  if (!(formats as readonly string[]).includes(format as string))
    throw usageError(command, `${command} --format takes ${formats.join(', ')}, not "${values.format}"`);
  if (values.json && format !== 'json')
    throw usageError(command, `--json asks for JSON, but --format asks for ${format}: give one of them`);
  return format as F;
}

/** A document's renderers, one for each of the report formats. */
export type Renderers<T> = Record<ReportFormat, (doc: T, options: { color: boolean }) => string>;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The document in the format asked for (--format, --json; terminal by default). */
export function renderDocument<T>(
  command: string,
  doc: T,
  renderers: Renderers<T>,
  values: ReportFlags,
  io: Io,
): string {
  const render = renderers[chooseFormat(command, values, REPORT_FORMATS)];
  return render(doc, { color: useColor(values, io.env, io.stdout) });
}

const REPORT_RENDERERS: Renderers<ReportModel> = {
  terminal: (report, { color }) => renderTerminal(report, { color }),
  markdown: (report) => renderMarkdown(report),
  json: renderJson,
  html: renderHtml,
};

export function renderReport(command: string, report: ReportModel, values: ReportFlags, io: Io): string {
  return renderDocument(command, report, REPORT_RENDERERS, values, io);
}

/** To --output FILE (relative to where batchbench was started), or stdout. */
export async function emit(text: string, values: { output?: string }, io: Io): Promise<void> {
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function emitJson(value: unknown, io: Io): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
