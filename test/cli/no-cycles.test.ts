import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(root, 'src/cli');

/** The static imports of every module of src/cli that point inside src/cli. */
function graph(): Map<string, string[]> {
  const files = readdirSync(CLI, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => path.join(d.parentPath, d.name));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // `import ... from`, `export ... from` (type-only ones too) and `import('...')` that loads on use.
    const targets = [
      ...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gms),
    ]
      .map((m) => path.resolve(path.dirname(file), (m[1] ?? (m[2] as string)).replace(/\.js$/, '.ts')))
      .filter((t) => t.startsWith(CLI));
    edges.set(
      path.relative(root, file),
      targets.map((t) => path.relative(root, t)),
    );
  }
  return edges;
}

function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      found.push([...trail.slice(trail.indexOf(node)), node]);
      return;
    }
    state.set(node, 'open');
    for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of edges.keys()) visit(node, []);
  return found;
}

describe('src/cli', () => {
  it('has no import cycle', () => {
    const edges = graph();
    expect(edges.size).toBeGreaterThan(10);
    expect(cycles(edges)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('keeps every command module under 400 lines and main.ts a router', () => {
    for (const file of readdirSync(path.join(CLI, 'commands'))) {
      expect(readFileSync(path.join(CLI, 'commands', file), 'utf8').split('\n').length, file).toBeLessThan(
        400,
      );
    }
    expect(readFileSync(path.join(CLI, 'main.ts'), 'utf8').split('\n').length).toBeLessThan(140);
  });
});
