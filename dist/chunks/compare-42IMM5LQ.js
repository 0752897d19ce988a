import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  REPORT_FORMATS,
  chooseFormat,
  emit,
  renderDocument
} from "./chunk-WTW4DXNT.js";
import {
  parseFlags,
  pickFlags,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  comparedRunOf
} from "./chunk-RJGB3YDS.js";
import "./chunk-2PSV7WMM.js";
import "./chunk-K2FX43V4.js";
import {
  compareReports,
  comparisonOptions,
  renderComparisonHtml,
  renderComparisonJson,
  renderComparisonMarkdown,
  renderComparisonTerminal,
  runOutcome
} from "./chunk-B54ZDRTI.js";
import "./chunk-ARO3GKVQ.js";
import {
  loadRun
} from "./chunk-ORBO64A7.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-U5BFUXIM.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-CWFLCHSU.js";
import {
  loadPrices
} from "./chunk-A44LHXHL.js";
import "./chunk-SIQR2AZH.js";
import {
  thresholdBeyondBound
} from "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import {
  FsRunStore
} from "./chunk-OE34II5Z.js";
import "./chunk-ADRHWOWG.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/compare.ts
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
var help = `batchbench compare BASE HEAD: compare two runs cell by cell

Usage:
  batchbench compare BASE HEAD [options]

BASE and HEAD are run folders (a path, e.g. .batchbench/runs/20261203T101500Z-ab12cd) or run
ids in the runs folder. For each cell's wall time per repeat it shows the change of the mean
with its interval, Welch's t and Mann-Whitney p, Hedges' g and a verdict: regression,
improvement, unchanged, inconclusive (more repeats would tell) or untestable (and why).

Options:
  --format F        terminal | markdown | json | html (default terminal)
  --output FILE     write the comparison to FILE instead of the terminal
  --runs-dir DIR    where run ids are looked up (default .batchbench/runs)
  --test T          welch | mann-whitney: the test that decides (default welch)
  --threshold P     changes within P do not count, e.g. 5% (default: HEAD's analysis.fail-on.regression, else 5%)
  --prices FILE     a newer price table than the shipped one
  -h, --help        this text

Exit status: 0, or 1 when HEAD fails by its analysis.fail-on (a regression beyond the threshold
fails only when fail-on.regression is set); 2 when a run is missing or an option is wrong.

Examples:
  batchbench compare 20261201T090000Z-1a2b3c 20261203T101500Z-ab12cd
  batchbench compare runs/before runs/after --format html --output compare.html
`;
var flags = pickFlags("format", "output", "runs-dir", "test", "threshold", "prices");
var RENDERERS = {
  terminal: (c) => renderComparisonTerminal(c),
  markdown: (c) => renderComparisonMarkdown(c, { heading: `${c.experiment}: head against base`, maxRows: Infinity }),
  json: renderComparisonJson,
  html: renderComparisonHtml
};
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "compare");
  if (positionals.length !== 2)
    throw usageError("compare", `compare takes two runs, not ${positionals.length}`);
  chooseFormat("compare", values, REPORT_FORMATS);
  const test = values.test ?? "welch";
  if (test !== "welch" && test !== "mann-whitney")
    throw usageError("compare", `--test takes welch or mann-whitney, not "${test}"`);
  const threshold = values.threshold === void 0 ? void 0 : percent(values.threshold);
  const basePlace = placeOf(positionals[0], values["runs-dir"], io);
  const headPlace = placeOf(positionals[1], values["runs-dir"], io);
  const same = await sameRun(basePlace, headPlace);
  if (same !== void 0) throw comparedWithItself(same);
  const prices = await loadPrices(values.prices && path.resolve(io.cwd, values.prices));
  const base = await loadRun2(basePlace, prices);
  const head = await loadRun2(headPlace, prices);
  comparable(base, head);
  const options = {
    ...comparisonOptions(head),
    ...threshold !== void 0 ? { threshold } : {},
    test
  };
  const comparison = compareReports(base, head, options);
  await emit(renderDocument("compare", comparison, RENDERERS, values, io), values, io);
  return runOutcome(head, comparison).exitCode;
}
function comparedWithItself(runId) {
  return new UserError(`both runs are ${runId}: a run compared with itself shows no change`, {
    hint: "give the base run first and the run to check second, e.g. the main branch's latest and yours"
  });
}
async function sameRun(a, b) {
  if (a.runId === b.runId) return a.runId;
  const real = (folder) => realpath(folder).catch(() => folder);
  const [realA, realB] = await Promise.all([real(a.folder), real(b.folder)]);
  return realA === realB ? path.basename(realA) : void 0;
}
function comparable(base, head) {
  if (base.run.id === head.run.id) throw comparedWithItself(base.run.id);
  if (base.experiment.name !== head.experiment.name)
    throw new UserError(
      `the runs are of different experiments (${base.experiment.name}, ${head.experiment.name}): their cells do not correspond`,
      { hint: "compare two runs of one experiment; batchbench list shows the experiment of each run" }
    );
}
function percent(raw) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
  if (!m) throw usageError("compare", `--threshold takes a percentage such as 5% or 2.5%, not "${raw}"`);
  const beyond = thresholdBeyondBound(raw);
  if (beyond) throw usageError("compare", `--threshold ${beyond}`);
  return Number(m[1]) / 100;
}
function placeOf(target, runsDir, io) {
  const trimmed = target.replace(/[/\\]+$/, "");
  const looksLikePath = trimmed.includes("/") || trimmed.includes(path.sep) || trimmed.startsWith(".");
  const root = looksLikePath ? path.resolve(io.cwd, path.dirname(trimmed)) : path.resolve(io.cwd, runsDir ?? ".batchbench/runs");
  const runId = looksLikePath ? path.basename(trimmed) : trimmed;
  return { root, runId, folder: path.join(root, runId) };
}
async function loadRun2({ root, runId, folder }, prices) {
  const kind = await stat(folder).then(
    (s) => s.isDirectory() ? "dir" : "file",
    () => "missing"
  );
  if (kind === "missing")
    throw new UserError(`no run ${runId} in ${root}`, {
      hint: "give a run folder or a run id listed by batchbench list (with --runs-dir if the runs are elsewhere)"
    });
  const isRun = kind === "dir" && await stat(path.join(folder, "manifest.json")).then(
    () => true,
    () => false
  );
  if (!isRun)
    throw new UserError(`${folder} is not a run folder (it has no manifest.json)`, {
      hint: "give the folder batchbench run made, e.g. .batchbench/runs/<run id>"
    });
  return comparedRunOf(await loadRun(new FsRunStore(root), runId), prices);
}
export {
  flags,
  help,
  run
};
