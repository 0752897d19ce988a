import { Composer, isAlias, isMap, isScalar, isSeq, LineCounter, Parser, visit, YAMLParseError } from 'yaml';
import type { CST, Document, Node, YAMLError } from 'yaml';
import type { SourcePosition } from './experiment.js';
import type { Problem } from './problem.js';
import { positionIn } from './text-position.js';
import { betterPlace } from './yaml-error-place.js';
import {
  duplicateKeyOffsets,
  flowTooDeepAt,
  MAX_NESTING_DEPTH,
  pairNamed,
  tooDeepAt,
} from './yaml-limits.js';

/** A path into the file as written: map keys and sequence indexes. */
export type SourcePath = (string | number)[];

export const MAX_FILE_BYTES = 1024 * 1024;
/** Far above what a real experiment file uses; stops "billion laughs" expansion early. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  /** The plain data, or undefined when the file could not be read as YAML. */
  data?: unknown;
  problems: Problem[];
  /** Position of the value at `path`, or of its deepest ancestor present in the file. */
  locate: (path: SourcePath) => SourcePosition;
  /** Position of the key naming the last segment of `path` (falls back to `locate`). */
  locateKey: (path: SourcePath) => SourcePosition;
}

const START: SourcePosition = { line: 1, column: 1 };

type MakeProblem = (
  pos: SourcePosition,
  message: string,
  hint: string,
  severity?: Problem['severity'],
) => Problem;

export function readYamlSource(text: string, file: string): YamlSource {
  const problem: MakeProblem = (pos, message, hint, severity = 'error') =>
    ({ file, line: pos.line, column: pos.column, message, hint, severity }) satisfies Problem;
  const refused = (problems: Problem[]): YamlSource => ({
    problems,
    locate: () => START,
    locateKey: () => START,
  });

  const early = textProblems(text, problem);
  if (early.length > 0) return refused(early);

  const lineCounter = new LineCounter();
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // Parsed once into tokens, checked for depth, then composed: the file is never parsed twice.
  const flowDeep = flowTooDeepAt(text);
  const tokens = flowDeep === undefined ? [...new Parser(lineCounter.addNewLine).parse(text)] : [];
  const deep = flowDeep ?? tooDeepAt(tokens);
  if (deep !== undefined) {
    return refused([
      problem(
        flowDeep === undefined ? at(deep) : positionIn(text, deep),
        `mappings and lists nest more than ${MAX_NESTING_DEPTH} levels deep`,
        'an experiment file needs a few levels: flatten the structure',
      ),
    ]);
  }
  const doc = composeOne(tokens, text.length);
  const locate = (path: SourcePath) => positionOf(doc, path, false, at);
  const locateKey = (path: SourcePath) => positionOf(doc, path, true, at);

  // Two parser errors about one mistake are moved to the same place: report it once.
  const problems: Problem[] = [
    ...new Map(
      [
        ...doc.errors.map((e) => yamlProblem(e, text, at, file, 'error')),
        ...doc.warnings.map((e) => yamlProblem(e, text, at, file, 'warning')),
      ].map((p) => [`${p.line}:${p.column}:${p.message}`, p]),
    ).values(),
  ];
  // Duplicate keys leave a well-formed document, so the rest of the file can still be checked.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return { problems, locate, locateKey };

  const read = documentData(doc, at, problem);
  if ('problem' in read) {
    problems.push(read.problem);
    return { problems, locate, locateKey };
  }
  return { data: read.data, problems, locate, locateKey };
}

/** What refuses the text before it is parsed: its size, control characters, tab indentation. */
function textProblems(text: string, problem: MakeProblem): Problem[] {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    return [
      problem(
        START,
        `file is ${bytes} bytes, over the ${MAX_FILE_BYTES}-byte limit for an experiment file`,
        'keep work lists and data out of the experiment file; reference them from run.command',
      ),
    ];
  }

  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return [
      problem(
        positionIn(text, control.index),
        `control character U+${code} in the file`,
        'remove it: YAML allows only tabs, line breaks and printable characters',
      ),
    ];
  }

  return tabIndentedLines(text).map(({ line, column }) =>
    problem(
      { line, column },
      'tab used for indentation',
      'YAML indents with spaces only: replace the tab with spaces',
    ),
  );
}

/** The plain data of a well-formed document, or why it is not an experiment's mapping. */
function documentData(
  doc: Document,
  at: (offset: number) => SourcePosition,
  problem: MakeProblem,
): { data: object } | { problem: Problem } {
  if (doc.contents === null) {
    return {
      problem: problem(
        START,
        'the file is empty',
        'start from an example in experiments/ (version, name, run); every field is in docs/experiment-reference.md',
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const alias = firstAliasOffset(doc);
    return {
      problem: problem(
        alias === undefined ? START : at(alias),
        /alias/i.test(message)
          ? `too many alias expansions (over ${MAX_ALIAS_COUNT}): the anchors and aliases would expand without bound`
          : `the YAML could not be read: ${message}`,
        'write the values out, or use fewer aliases',
      ),
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      problem: problem(
        at(doc.contents.range?.[0] ?? 0),
        'the file must be a mapping of keys such as version, name and run',
        'start from an example in experiments/; every field is in docs/experiment-reference.md',
      ),
    };
  }
  return { data };
}

/**
 * The first document of the tokens, as `parseDocument` would build it, with a linear duplicate-key
 * check in place of the library's (which compares every key with every earlier one).
 */
function composeOne(tokens: CST.Token[], length: number): Document {
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: true });
  let doc: Document | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(
        new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'more than one document'),
      );
      break;
    }
  }
  const first = doc as Document;
  for (const offset of duplicateKeyOffsets(first)) {
    first.errors.push(new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
  }
  return first;
}

function tabIndentedLines(text: string): SourcePosition[] {
  const found: SourcePosition[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((l, i) => {
    const m = /^ *\t/.exec(l);
    if (m) found.push({ line: i + 1, column: m[0].length });
  });
  return found;
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear once in a mapping: remove or merge the repeated one',
  MULTIPLE_DOCS: 'an experiment file holds one YAML document: remove the "---" separator',
  BAD_INDENT: 'indent nested keys by the same number of spaces and close every [ and {',
  MISSING_CHAR: 'close every [, { and quote that was opened',
  BLOCK_AS_IMPLICIT_KEY: 'put a space after ":" and quote values that contain ": "',
  UNEXPECTED_TOKEN: 'quote values that start with @, ` or contain ": " or " #"',
};

function yamlProblem(
  e: YAMLError,
  text: string,
  at: (offset: number) => SourcePosition,
  file: string,
  severity: Problem['severity'],
): Problem {
  const better = betterPlace(e, text);
  if (better) {
    const place = at(better.offset);
    const message = `YAML syntax: ${better.message}`;
    return { file, ...place, message, hint: better.hint, severity };
  }
  const pos = at(e.pos[0]);
  let message = e.message.replace(/\s+at line \d+, column \d+.*$/s, '');
  if (e.code === 'MULTIPLE_DOCS') message = 'the file holds more than one YAML document';
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^("[^"]*"|'[^']*'|[^:\n]*)/
      .exec(text.slice(e.pos[0]))?.[1]
      ?.trim()
      .replace(/^["']|["']$/g, '');
    message = key ? `duplicate key "${key}"` : 'duplicate key';
  }
  return {
    file,
    line: pos.line,
    column: pos.column,
    message: e.code === 'DUPLICATE_KEY' ? message : `YAML syntax: ${message}`,
    hint: YAML_HINTS[e.code] ?? 'fix the YAML syntax: check indentation, brackets and quotes',
    severity,
  };
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function positionOf(
  doc: Document,
  path: SourcePath,
  wantKey: boolean,
  at: (offset: number) => SourcePosition,
): SourcePosition {
  let node: unknown = doc.contents;
  let nodeKey: Node | undefined;
  let complete = true;
  for (const segment of path) {
    const resolved = isAlias(node) ? node.resolve(doc) : node;
    if (isMap(resolved)) {
      const pair = pairNamed(resolved, String(segment));
      if (!pair) {
        complete = false;
        break;
      }
      nodeKey = pair.key;
      node = pair.value;
    } else if (isSeq(resolved) && typeof segment === 'number' && segment < resolved.items.length) {
      node = resolved.items[segment];
      nodeKey = undefined;
    } else {
      complete = false;
      break;
    }
  }
  const useKey = (complete && wantKey) || node === null || node === undefined || isEmptyScalar(node);
  const target = (useKey ? nodeKey : undefined) ?? node;
  const offset = (target as Node | undefined)?.range?.[0];
  return offset === undefined ? START : at(offset);
}

/** `key:` with nothing after it: the empty value has no useful position, its key has. */
function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && (node.source === '' || node.source === undefined);
}
