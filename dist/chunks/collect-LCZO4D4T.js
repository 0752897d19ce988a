import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  storedRun
} from "./chunk-F7NJZW57.js";
import {
  exitCodeOf,
  inconclusiveNotes
} from "./chunk-NOJ4E3RE.js";
import {
  TerminalProgress
} from "./chunk-6SZGK2TF.js";
import {
  OUTPUT_FLAGS,
  REPORT_FORMATS,
  chooseFormat,
  emit,
  renderReport
} from "./chunk-WTW4DXNT.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  COLOR_FLAGS,
  parseFlags,
  pickFlags,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  collectRun
} from "./chunk-SX6WXSDP.js";
import "./chunk-4LGYVC65.js";
import "./chunk-RJGB3YDS.js";
import "./chunk-2PSV7WMM.js";
import "./chunk-K2FX43V4.js";
import "./chunk-HADUC3NH.js";
import "./chunk-B54ZDRTI.js";
import "./chunk-ARO3GKVQ.js";
import "./chunk-VIHL2KRB.js";
import "./chunk-ORBO64A7.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-U5BFUXIM.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-NZPLPDYM.js";
import "./chunk-CWFLCHSU.js";
import "./chunk-T4VO73CT.js";
import {
  pricesAt
} from "./chunk-YYVGTQZX.js";
import "./chunk-A44LHXHL.js";
import "./chunk-SIQR2AZH.js";
import "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import {
  RunBusyError
} from "./chunk-OE34II5Z.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/collect.ts
var flags = {
  ...OUTPUT_FLAGS,
  ...pickFlags("store", "runs-dir", "wait", "publish", "prices"),
  ...COLOR_FLAGS
};
var help = `batchbench collect: gather a run that went on while nobody waited

Usage:
  batchbench collect RUN_ID --store s3://bucket/prefix/ [--wait] [--publish] [--format F]
  batchbench collect RUN_ID --runs-dir DIR [--wait] [--format F]      (a run kept in a folder)

Reads the run's manifest and results from the store, asks the backend the manifest names about
the jobs still running and prints the report. For an S3 store, credentials and region come from
the standard AWS chain.

Flags:
  --store S3URL       the results store the run was written to (or BATCHBENCH_STORE)
  --runs-dir DIR      a run kept in a folder: the runs folder it is in (instead of --store)
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
  const { runId, store, backend } = await storedRun(positionals, values, io, "collect");
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: backend,
      prices: await pricesAt(values.prices, io.cwd),
      progress: new TerminalProgress(io.stderr),
      now: Date.now,
      signal: io.signal
    },
    {
      wait: values.wait === true,
      ...values.publish ? { publish: async (o) => (await import("./publish-collected-BSS6CTVY.js")).publishToGitHub(o, store, io) } : {}
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
