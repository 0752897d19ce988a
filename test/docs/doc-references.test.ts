import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
}

/**
 * Every Markdown file a message, comment or schema description names: a path with a folder
 * (docs/x.md, infra/README.md) or an upper-case name (README.md). A lower-case bare name such as
 * report.md is an artifact a run writes, not documentation.
 */
function docReferences(text: string): string[] {
  const found = [...text.matchAll(/(?<![\w./-])((?:[\w.-]+\/)*[\w.-]*\.md)\b/g)].map((m) => m[1] as string);
  return found.filter((ref) => ref.includes('/') || /[A-Z]/.test(ref));
}

describe('documentation pointers', () => {
  const sources = [...files('src', /\.ts$/), 'schema/experiment.schema.json'];

  it.each(sources)('%s points only to documents that exist', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const ref of docReferences(text)) {
      const candidates = [path.join(root, ref), path.join(root, path.dirname(file), ref)];
      expect(
        candidates.some((c) => existsSync(c)),
        `${file} names ${ref}`,
      ).toBe(true);
    }
  });

  it('the scan finds what it should', () => {
    expect(
      docReferences('see docs/exit-codes.md, infra/README.md, EXPERIMENT-SPEC.md and report.md'),
    ).toEqual(['docs/exit-codes.md', 'infra/README.md', 'EXPERIMENT-SPEC.md']);
  });

  it.each(files('docs', /\.md$/))('%s links only to files that exist', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target as string)) continue;
      expect(
        existsSync(path.join(root, path.dirname(file), target as string)),
        `${file} links ${target}`,
      ).toBe(true);
    }
  });
});

describe('docs/experiment-reference.md', () => {
  it('is what scripts/gen-field-reference.mjs makes of the schema today', () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(root, 'scripts/gen-field-reference.mjs'), '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
