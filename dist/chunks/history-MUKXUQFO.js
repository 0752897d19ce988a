import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  FsHistoryStore
} from "./chunk-YGPHIHKY.js";
import {
  checkFile,
  experimentOnly,
  printProblems
} from "./chunk-VYLNSBHD.js";
import {
  OUTPUT_FLAGS,
  chooseFormat,
  emit,
  useColor
} from "./chunk-WTW4DXNT.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  COLOR_FLAGS,
  parseFlags,
  pickFlags,
  positiveInt,
  single,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  FsRunHistoryStore,
  S3RunHistoryStore
} from "./chunk-BXX3FDER.js";
import {
  drawTable,
  htmlPage,
  htmlSection
} from "./chunk-K2FX43V4.js";
import {
  campaignHistory,
  experimentHistory
} from "./chunk-ARO3GKVQ.js";
import {
  TREND_DEFAULTS,
  historySections,
  markdownSection,
  untestedNote
} from "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-XQA4ZAUC.js";
import {
  clip,
  escapeHtml,
  escapeMarkdown
} from "./chunk-2EARJU2W.js";
import {
  fileKind
} from "./chunk-NZPLPDYM.js";
import "./chunk-CWFLCHSU.js";
import {
  readSourceFile,
  validateCampaignText
} from "./chunk-T4VO73CT.js";
import "./chunk-YYVGTQZX.js";
import "./chunk-A44LHXHL.js";
import {
  readYamlSource
} from "./chunk-SIQR2AZH.js";
import "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import "./chunk-OE34II5Z.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/history.ts
import { stat } from "node:fs/promises";
import path from "node:path";

// src/domain/history/render-history.ts
function heading(view) {
  return `History of ${view.experiment}`;
}
function renderHistoryMarkdown(view) {
  const parts = [`## ${escapeMarkdown(clip(heading(view), 300))}`];
  for (const section of historySections(view)) parts.push(markdownSection(section).text);
  return `${parts.join("\n\n")}
`;
}
function renderHistoryHtml(view) {
  return htmlPage(`batchbench \xB7 ${heading(view)}`, [
    `<h1>${escapeHtml(heading(view))}</h1>`,
    ...historySections(view).map(htmlSection)
  ]);
}
var ANSI = {
  bad: ["\x1B[31m", "\x1B[39m"],
  good: ["\x1B[32m", "\x1B[39m"],
  warn: ["\x1B[33m", "\x1B[39m"],
  bold: ["\x1B[1m", "\x1B[22m"],
  dim: ["\x1B[2m", "\x1B[22m"]
};
function renderHistoryTerminal(view, options = {}) {
  const width = Math.max(40, options.width ?? 120);
  const paint = (style, text) => options.color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
  const out = [paint("bold", clip(escapeTerminal(heading(view)), width))];
  for (const section of historySections(view, { charts: false })) {
    for (const block of section.blocks) {
      if (block.kind === "paragraph") out.push(clip(escapeTerminal(block.text), 4 * width));
      if (block.kind === "notes") for (const item of block.items) out.push(`- ${escapeTerminal(item)}`);
      if (block.kind === "table") out.push("", ...drawTable(block.table, width, paint));
    }
  }
  const regressed = view.trends.flatMap(
    (t) => t.points.filter((p) => p.verdict === "regression").map((p) => `${t.cell} \xB7 ${t.metric} at ${p.label}: ${p.reason ?? ""}`)
  );
  if (regressed.length > 0)
    out.push(
      "",
      paint("bold", "Regressions"),
      ...regressed.map((r) => paint("bad", `- ${clip(escapeTerminal(r), width * 2)}`))
    );
  const untested = view.trends.flatMap((t) => {
    const note = untestedNote(t);
    return note ? [`${t.cell} \xB7 ${t.metric}: ${note}`] : [];
  });
  if (untested.length > 0)
    out.push(
      "",
      paint("bold", "Not testable"),
      ...untested.map((u) => paint("warn", `- ${clip(escapeTerminal(u), width * 2)}`))
    );
  return `${out.join("\n")}
`;
}
function renderHistoryJson(view) {
  return `${JSON.stringify(view, null, 2)}
`;
}
function renderHistory(view, format, options = {}) {
  switch (format) {
    case "markdown":
      return renderHistoryMarkdown(view);
    case "html":
      return renderHistoryHtml(view);
    case "json":
      return renderHistoryJson(view);
    case "terminal":
      return renderHistoryTerminal(view, options);
  }
}

// src/cli/commands/history.ts
var flags = {
  ...OUTPUT_FLAGS,
  ...pickFlags("history-dir", "runs-dir", "limit", "cell", "metric"),
  ...COLOR_FLAGS
};
var help = `batchbench history: trend charts of an experiment's stored runs, commit by commit

Usage:
  batchbench history FILE [flags]

FILE is an experiment file (its runs on the default branch, and every completed local run, are
kept in the history) or a campaign file (one point per week). Per cell and metric it shows
each commit's mean with its interval, n and median, and marks a regression where the point is
significantly worse than the one before it in the metric's direction (the test batchbench
compare uses, on the per-repeat samples kept); a point that cannot be tested says why.

Flags:
  --history-dir DIR   where the history is kept (default .batchbench/history; with --runs-dir,
                      DIR/history; an experiment whose results.store is s3://... reads it there;
                      a campaign's: its results.store, as campaign run keeps it)
  --runs-dir DIR      the runs folder the history was kept beside (as batchbench run --runs-dir)
  --limit N           the last N commits (default ${TREND_DEFAULTS.limit})
  --cell TEXT         only cells whose name (stage/cell) contains TEXT; several: a,b
  --metric NAME       only these metrics (wall_seconds, or the file's metrics); several: a,b
  --format F          terminal (default: a table with sparklines), markdown (Mermaid charts),
                      html (SVG charts) or json
  --json              the same as --format json
  --output FILE       write to FILE instead of stdout
  --color, --no-color colour the terminal table or not (default: on a terminal, unless NO_COLOR)
  -h, --help          this help

Exits 0, 1 when the newest commit of a trend is a regression, 2 on bad input.

Examples:
  batchbench history experiments/monte-carlo-scaling.yaml
  batchbench history experiments/monte-carlo-scaling.yaml --cell workers=8 --format html --output trend.html
`;
var FORMATS = ["terminal", "markdown", "json", "html"];
function list(raw) {
  const items = raw?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  return items && items.length > 0 ? items : void 0;
}
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "history");
  const file = single(positionals, "history");
  const format = chooseFormat("history", values, FORMATS);
  const options = {
    limit: positiveInt("history", "limit", values.limit) ?? TREND_DEFAULTS.limit,
    ...list(values.cell) ? { cells: list(values.cell) } : {},
    ...list(values.metric) ? { metrics: list(values.metric) } : {}
  };
  await givenFoldersExist(values, io);
  const localDir = path.resolve(
    io.cwd,
    values["history-dir"] ?? (values["runs-dir"] ? path.join(values["runs-dir"], "history") : ".batchbench/history")
  );
  const view = await isCampaign(file, io) ? await campaignView(file, values, io, options) : await experimentView(file, values, io, localDir, options);
  await emit(renderHistory(view, format, { color: useColor(values, io.env, io.stdout) }), values, io);
  const newest = view.trends.filter((t) => t.points.at(-1)?.verdict === "regression");
  for (const t of newest)
    io.stderr.write(`regression: ${t.metric} of ${t.cell} at ${t.points.at(-1).label}
`);
  return newest.length > 0 ? EXIT.failed : EXIT.ok;
}
async function givenFoldersExist(values, io) {
  for (const flag of ["history-dir", "runs-dir"]) {
    const dir = values[flag];
    if (dir === void 0) continue;
    const isDir = await stat(path.resolve(io.cwd, dir)).then(
      (s) => s.isDirectory(),
      () => false
    );
    if (!isDir)
      throw usageError(
        "history",
        `--${flag} ${dir}: no such folder`,
        `give the folder batchbench run or campaign run kept it in`
      );
  }
}
async function campaignView(file, values, io, options) {
  const text = await readSourceFile(file, { root: io.cwd, allowNamedOutside: true });
  const validation = validateCampaignText(text, file);
  if (!validation.value) {
    printProblems({ file, kind: "campaign", problems: validation.problems }, io);
    throw usageError("history", `${file} is not a valid campaign file: fix the problems above`);
  }
  const store = validation.value.results.store;
  const given = values["history-dir"];
  if (given === void 0 && store.startsWith("s3://"))
    throw usageError(
      "history",
      `the history of ${validation.value.name} is in ${store}, and history reads a campaign's from a folder`,
      "copy it to a folder and give --history-dir DIR"
    );
  const dir = path.resolve(io.cwd, given ?? store);
  return campaignHistory(validation.value.name, new FsHistoryStore(dir), options);
}
async function isCampaign(file, io) {
  try {
    const text = await readSourceFile(file, { root: io.cwd, allowNamedOutside: true });
    return fileKind(readYamlSource(text, file)) === "campaign";
  } catch {
    return false;
  }
}
async function experimentView(file, values, io, localDir, options) {
  const checked = await checkFile("history", file, {}, io);
  experimentOnly(checked, "history");
  if (!checked.experiment) {
    printProblems(checked, io);
    throw usageError("history", `${file} is not a valid experiment file: fix the problems above`);
  }
  const exp = checked.experiment;
  const s3 = exp.results.store?.startsWith("s3://") && !values["history-dir"] && !values["runs-dir"];
  const store = s3 ? await s3Store(exp.results.store, exp.stages[0]?.compute.region, io) : new FsRunHistoryStore(localDir);
  const better = Object.fromEntries(exp.results.metrics.map((m) => [m.name, m.better]));
  return experimentHistory(exp.name, store, { ...options, better });
}
async function s3Store(url, region, io) {
  const [{ createAwsClients }, { S3Io }, { retryPolicy }, { parseS3Url }] = await Promise.all([
    import("./clients-EBFDVI7N.js"),
    import("./s3-io-XU7JQPX2.js"),
    import("./retry-42SJNBRM.js"),
    import("./s3-location-CDED53NU.js")
  ]);
  const location = parseS3Url(url);
  const clients = createAwsClients({ env: io.env, ...region ? { region } : {} });
  return new S3RunHistoryStore(new S3Io(clients.s3, location.bucket, retryPolicy()), location.prefix);
}
export {
  flags,
  help,
  run
};
