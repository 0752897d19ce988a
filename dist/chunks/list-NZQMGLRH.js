import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  emitJson
} from "./chunk-WTW4DXNT.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags,
  pickFlags,
  usageError
} from "./chunk-MCZE7JDI.js";
import "./chunk-K2FX43V4.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import {
  FsRunStore
} from "./chunk-OE34II5Z.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/list.ts
import path from "node:path";
var flags = pickFlags("json", "runs-dir");
var help = `batchbench list: the local runs kept in the runs folder, oldest first

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
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "list");
  if (positionals.length > 0) throw usageError("list", `list takes no arguments, not "${positionals[0]}"`);
  const store = new FsRunStore(path.resolve(io.cwd, values["runs-dir"] ?? ".batchbench/runs"));
  const ids = await store.list();
  if (values.json)
    emitJson(
      ids.map((id) => ({ id, folder: path.join(store.root, id) })),
      io
    );
  else for (const id of ids) io.stdout.write(`${id}
`);
  return EXIT.ok;
}
export {
  flags,
  help,
  run
};
