import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files batchbench ships beside its code (workflows-templates/, experiments/, examples/),
 * read where the package is installed: the nearest folder above this module (src/adapters/ when
 * run from source, dist/ or dist/chunks/ when bundled) whose package.json is batchbench's.
 */
export function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'batchbench'
    )
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`batchbench's package.json is not above ${from}`);
  }
}

/** A shipped file's text, by its path in the package (e.g. experiments/monte-carlo-scaling.yaml). */
export function readPackageFile(file: string): Promise<string> {
  return readFile(path.join(packageRoot(), file), 'utf8');
}

/** The names of a shipped folder's files. */
export async function listPackageFolder(folder: string): Promise<string[]> {
  return (await readdir(path.join(packageRoot(), folder))).sort();
}
