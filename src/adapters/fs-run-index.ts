import { createHash } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The runs of a runs folder by the experiment file text they ran, so that an estimate from earlier
 * runs of a file reads those runs and no other (a folder may hold hundreds of runs of other
 * experiments, each manifest megabytes). `<folder>/<sha256 of the text>/<run id>`: one empty file
 * per run, written once, so two processes adding runs at once never lose each other's entry and
 * nothing is ever read, changed and written back.
 */
export class FsRunIndex {
  constructor(readonly folder: string) {}

  async add(source: string, runId: string): Promise<void> {
    const dir = path.join(this.folder, textKey(source));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, runId), '');
  }

  /** The runs of this text, in no particular order. */
  runsOf(source: string): Promise<string[]> {
    return names(path.join(this.folder, textKey(source)));
  }

  /** Every run the index holds, whatever its text. */
  async indexed(): Promise<Set<string>> {
    const runs = new Set<string>();
    for (const key of await names(this.folder))
      for (const runId of await names(path.join(this.folder, key))) runs.add(runId);
    return runs;
  }
}

function textKey(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

async function names(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT' || (error as { code?: unknown }).code === 'ENOTDIR')
      return [];
    throw error;
  }
}
