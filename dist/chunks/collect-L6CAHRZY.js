import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  exitCodeOf,
  inconclusiveNotes
} from "./chunk-VVR2MBGQ.js";
import {
  TerminalProgress
} from "./chunk-XG7BCHWL.js";
import {
  REPORT_FORMATS,
  chooseFormat,
  emit,
  renderReport
} from "./chunk-BQBCMIZF.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  COLOR_FLAGS,
  parseFlags,
  usageError
} from "./chunk-TV3ET2OK.js";
import {
  collectRun
} from "./chunk-WJHND6VH.js";
import "./chunk-JHGNTOCR.js";
import "./chunk-XCJX3GXI.js";
import "./chunk-YBY2GSWG.js";
import "./chunk-EURCCZ4I.js";
import "./chunk-WCTRUXUB.js";
import "./chunk-LBKWMMWJ.js";
import "./chunk-LFSJYIA5.js";
import "./chunk-Z23CAIU4.js";
import "./chunk-LIEUDKFO.js";
import "./chunk-KKLWWKTX.js";
import "./chunk-2EARJU2W.js";
import "./chunk-X4MOQ6EC.js";
import "./chunk-VV4HZU6K.js";
import {
  pricesAt
} from "./chunk-YYREWPTX.js";
import "./chunk-PNPXLL7V.js";
import "./chunk-7ARILE3U.js";
import "./chunk-SAVLUPNP.js";
import "./chunk-K2I2ADHN.js";
import "./chunk-AESLYFF2.js";
import {
  RunBusyError
} from "./chunk-2C3IZI2I.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/collect.ts
var flags = {
  store: { type: "string" },
  "runs-dir": { type: "string" },
  wait: { type: "boolean" },
  publish: { type: "boolean" },
  prices: { type: "string" },
  format: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string" },
  ...COLOR_FLAGS
};
var help = `batchbench collect: gather an AWS Batch or Slurm run that went on while nobody waited

Usage:
  batchbench collect RUN_ID --store s3://bucket/prefix/ [--wait] [--publish] [--format F]
  batchbench collect RUN_ID --runs-dir DIR [--wait] [--format F]      (a slurm run)

Reads the run's manifest and results from the store, asks Batch about the jobs still running
and prints the report. Credentials and region come from the standard AWS chain.

Flags:
  --store S3URL       the results store the run was written to (or BATCHBENCH_STORE)
  --runs-dir DIR      a slurm run: the runs folder it was kept in (instead of --store)
  --wait              keep going until every job finished
  --publish           on GitHub Actions: the report in the job summary and, once the run is
                      finished, where the workflow that submitted it would have put it (its PR's
                      sticky comment, its commit's check), once, with GITHUB_TOKEN
  --prices FILE       price the run with this table instead of the shipped one
  --format F          terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --color, --no-color colour the terminal report or not (default: on a terminal, unless
                      NO_COLOR is set; FORCE_COLOR forces it)
  -h, --help          this help

One process collects a run at a time: a run another process holds (a collector, or the wait
step of the workflow that submitted it) is left alone with its holder named, or with --wait,
waited for.

Exits 0 when the run finished with every job succeeded and no target missed, 1 when jobs are
still running or another process holds the run (collect again later), a job failed or a target
was missed, 2 on bad input.

Examples:
  batchbench collect monte-carlo-cloud-20260720-101500Z-a1b2 --store s3://my-bench/runs/ --wait
  BATCHBENCH_STORE=s3://my-bench/runs/ batchbench collect monte-carlo-cloud-20260720-101500Z-a1b2 --json
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "collect");
  chooseFormat("collect", values, REPORT_FORMATS);
  if (values.publish && !io.env.GITHUB_TOKEN)
    throw usageError(
      "collect",
      "collect --publish needs GITHUB_TOKEN (the workflow token, to comment and create checks)"
    );
  const runsDir = values["runs-dir"];
  const { runId, store, executor } = runsDir ? await (await import("./slurm-stored-WXXR5UV6.js")).slurmStoredRun(positionals, runsDir, io, "collect") : await (await import("./stored-run-NHROC44W.js")).storedRun(positionals, values.store, io, "collect");
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: executor,
      prices: await pricesAt(values.prices, io.cwd),
      progress: new TerminalProgress(io.stderr),
      now: Date.now,
      signal: io.signal
    },
    {
      wait: values.wait === true,
      ...values.publish ? { publish: async (o) => (await import("./publish-collected-XPMYUKKU.js")).publishToGitHub(o, store, io) } : {}
    }
  ).catch((error) => {
    if (!(error instanceof RunBusyError)) throw error;
    io.stderr.write(`${escapeTerminal(error.message)}
collect again later, or give --wait to wait for it
`);
    return void 0;
  });
  if (!outcome) return EXIT.failed;
  await emit(renderReport("collect", outcome.report, values, io), values, io);
  if (outcome.unfinished > 0) {
    io.stderr.write(`${outcome.unfinished} jobs still running; collect again later
`);
    return EXIT.failed;
  }
  for (const note of inconclusiveNotes(outcome.report)) io.stderr.write(`${note}
`);
  return exitCodeOf(outcome.report);
}
export {
  flags,
  help,
  run
};
