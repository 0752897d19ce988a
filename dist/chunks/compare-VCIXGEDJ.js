import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  FsRunStore
} from "./chunk-JHP2DB3R.js";
import {
  reportRun
} from "./chunk-6SKZGS4Z.js";
import {
  compareReports,
  comparisonOptions,
  renderComparisonHtml,
  renderComparisonJson,
  renderComparisonMarkdown,
  renderComparisonTerminal,
  runOutcome
} from "./chunk-IQJJB7MW.js";
import "./chunk-L5FQZOZG.js";
import "./chunk-3HLB67IX.js";
import "./chunk-Y724BK2G.js";
import "./chunk-JFB5LMO7.js";
import "./chunk-OJYSATZJ.js";
import "./chunk-OLLFCHB7.js";
import {
  loadPrices
} from "./chunk-PB7EYQ6R.js";
import "./chunk-ZGWMIHYT.js";
import "./chunk-I6QNDUNP.js";
import "./chunk-WZ3PWTB2.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/compare.ts
import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
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
var flags = {
  format: { type: "string" },
  output: { type: "string" },
  "runs-dir": { type: "string" },
  test: { type: "string" },
  threshold: { type: "string" },
  prices: { type: "string" }
};
var OPTIONS = { ...flags, help: { type: "boolean", short: "h" } };
var RENDER = {
  terminal: renderComparisonTerminal,
  markdown: (c) => renderComparisonMarkdown(c, { heading: `${c.experiment}: head against base`, maxRows: Infinity }),
  json: renderComparisonJson,
  html: renderComparisonHtml
};
async function run(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(error.message, { hint: "see batchbench compare --help" });
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(help);
    return 0;
  }
  if (positionals.length !== 2)
    throw new UserError(`compare takes two runs, not ${positionals.length}`, {
      hint: "batchbench compare BASE HEAD"
    });
  const render = RENDER[values.format ?? "terminal"];
  if (!render) throw new UserError(`--format takes terminal, markdown, json or html, not "${values.format}"`);
  const test = values.test ?? "welch";
  if (test !== "welch" && test !== "mann-whitney")
    throw new UserError(`--test takes welch or mann-whitney, not "${test}"`);
  const prices = await loadPrices(values.prices);
  const base = await loadRun(positionals[0], values["runs-dir"], io, prices);
  const head = await loadRun(positionals[1], values["runs-dir"], io, prices);
  const options = {
    ...comparisonOptions(head),
    ...values.threshold !== void 0 ? { threshold: percent(values.threshold) } : {},
    test
  };
  const comparison = compareReports(base, head, options);
  const text = render(comparison);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  if (base.experiment.name !== head.experiment.name)
    io.stderr.write(
      `note: the runs are of different experiments (${base.experiment.name}, ${head.experiment.name})
`
    );
  return runOutcome(head, comparison).exitCode;
}
function percent(raw) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
  if (!m) throw new UserError(`--threshold takes a percentage such as 5% or 2.5%, not "${raw}"`);
  return Number(m[1]) / 100;
}
async function loadRun(target, runsDir, io, prices) {
  const trimmed = target.replace(/[/\\]+$/, "");
  const looksLikePath = trimmed.includes("/") || trimmed.includes(path.sep) || trimmed.startsWith(".");
  const root = looksLikePath ? path.resolve(io.cwd, path.dirname(trimmed)) : path.resolve(io.cwd, runsDir ?? ".batchbench/runs");
  const runId = looksLikePath ? path.basename(trimmed) : trimmed;
  const folder = path.join(root, runId);
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
  return reportRun(runId, { store: new FsRunStore(root), prices });
}
export {
  flags,
  help,
  run
};
