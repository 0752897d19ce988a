import { isMap, isPair, isScalar, isSeq, Lexer } from 'yaml';
import type { CST, Document, Node, YAMLMap } from 'yaml';

/**
 * How deeply mappings and lists may nest. Real experiment files nest fewer than ten levels; the
 * limit keeps every later step (schema, checks, error paths) far from the call-stack limit.
 */
export const MAX_NESTING_DEPTH = 64;

/** Markers the lexer yields that are not text of the file. */
const CONTROL = new Set(['\x02', '\x18', '\x1f']);

/**
 * The offset of the first `[`, `{` or compact `- ` nested deeper than `MAX_NESTING_DEPTH`, found
 * before parsing (the parser would first build a token tree as deep as the file): brackets by the
 * lexer alone, stopping there, and only when the file has more brackets than the limit.
 */
export function flowTooDeepAt(text: string): number | undefined {
  let brackets = 0;
  for (let i = 0; i < text.length && brackets <= MAX_NESTING_DEPTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
  }
  if (brackets <= MAX_NESTING_DEPTH) return compactTooDeepAt(text);
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > MAX_NESTING_DEPTH) return offset;
    } else if (token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
    }
    if (!CONTROL.has(token)) offset += token.length;
  }
  return compactTooDeepAt(text);
}

/** `- - - - x` nests one list per dash on a single line: found by a scan of line starts. */
function compactTooDeepAt(text: string): number | undefined {
  for (let start = 0; start < text.length;) {
    let i = start;
    while (text[i] === ' ') i++;
    let depth = 0;
    while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      if (++depth > MAX_NESTING_DEPTH) return i;
      i += 2;
      while (text[i] === ' ') i++;
    }
    const next = text.indexOf('\n', i);
    start = next === -1 ? text.length : next + 1;
  }
  return undefined;
}

/**
 * The offset of the first collection nested deeper than `MAX_NESTING_DEPTH`, found in the
 * parser's token tree before any node is built. Walks with an explicit stack: a hostile file
 * nests hundreds of thousands of levels.
 */
export function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  const stack: { token: CST.Token | undefined; depth: number }[] = tokens.map((token) => ({
    token,
    depth: 0,
  }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: CST.Token | undefined; depth: number };
    if (token === undefined) continue;
    switch (token.type) {
      case 'document':
        stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
        for (const item of token.items) {
          if ('key' in item) stack.push({ token: item.key ?? undefined, depth: depth + 1 });
          stack.push({ token: item.value, depth: depth + 1 });
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

/** The source offset of each repeated key, in one pass over the document (a set per mapping). */
export function duplicateKeyOffsets(doc: Document): number[] {
  const found: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of (node as YAMLMap).items) {
        const key = pair.key;
        if (isScalar(key)) {
          const text = String(key.value);
          if (seen.has(text) && key.range) found.push(key.range[0]);
          seen.add(text);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return found.sort((a, b) => a - b);
}

/** Keys of a mapping, indexed once, so locating many problems in a wide mapping stays linear. */
const indexes = new WeakMap<YAMLMap, Map<string, { key: Node; value: unknown }>>();

export function pairNamed(map: YAMLMap, name: string): { key: Node; value: unknown } | undefined {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const text = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!index.has(text)) index.set(text, { key: pair.key as Node, value: pair.value });
    }
    indexes.set(map, index);
  }
  return index.get(name);
}
