import path from 'node:path';
import { FsRunStore } from '../../adapters/fs-run-store.js';
import { parseFlags, pickFlags, usageError } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { emitJson } from '../output.js';

export const flags = pickFlags('json', 'runs-dir');

export const help = `batchbench list: the local runs kept in the runs folder, oldest first

Usage:
  batchbench list [--runs-dir DIR] [--json]

Flags:
  --json              the runs as a JSON array of {"id", "folder"} on stdout
  --runs-dir DIR      the runs folder (default .batchbench/runs)
  -h, --help          this help

Examples:
  batchbench list
  batchbench list --runs-dir /tmp/runs --json
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'list');
  if (positionals.length > 0) throw usageError('list', `list takes no arguments, not "${positionals[0]}"`);
  const store = new FsRunStore(path.resolve(io.cwd, values['runs-dir'] ?? '.batchbench/runs'));
  const ids = await store.list();
  if (values.json)
    emitJson(
      ids.map((id) => ({ id, folder: path.join(store.root, id) })),
      io,
    );
  else for (const id of ids) io.stdout.write(`${id}\n`);
  return EXIT.ok;
}
