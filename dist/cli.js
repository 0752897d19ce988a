import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunks/chunk-IZIHHEVQ.js";
import {
  usageError
} from "./chunks/chunk-MCZE7JDI.js";
import {
  escapeTerminal
} from "./chunks/chunk-ADRHWOWG.js";
import {
  isUserError
} from "./chunks/chunk-NUCGBEER.js";
import "./chunks/chunk-YOF47TSW.js";

// src/cli/commands/registry.ts
var COMMANDS = {
  validate: {
    summary: "check experiment files; every problem at once, exit 2 on any",
    load: () => import("./chunks/validate-ZOPCYMPE.js")
  },
  plan: { summary: "the jobs, estimated time and cost; runs nothing", load: () => import("./chunks/plan-NNC7S3DM.js") },
  run: {
    summary: "run an experiment (local processes unless the file says aws-batch)",
    load: () => import("./chunks/run-2NJN2ADK.js")
  },
  report: { summary: "the report of a finished run again, in any format", load: () => import("./chunks/report-FTLDHGG4.js") },
  list: { summary: "the runs kept in the runs folder", load: () => import("./chunks/list-NZQMGLRH.js") },
  collect: {
    summary: "gather an AWS Batch run that went on while nobody waited",
    load: () => import("./chunks/collect-LCZO4D4T.js")
  },
  cancel: { summary: "stop every unfinished AWS Batch job of a run", load: () => import("./chunks/cancel-3AS5PMUX.js") },
  campaign: {
    summary: "a weekly benchmark campaign: plan, run, queues",
    load: () => import("./chunks/campaign-2J6KLPM7.js")
  },
  compare: {
    summary: "two runs cell by cell: change, interval, p-values, verdict",
    load: () => import("./chunks/compare-42IMM5LQ.js")
  },
  history: { summary: "trend charts of an experiment over its commits", load: () => import("./chunks/history-MUKXUQFO.js") },
  init: {
    summary: "set up workflows and an example experiment in your git repository",
    load: () => import("./chunks/init-7HQ6ZRK3.js")
  }
};

// src/cli/main.ts
var VERSION = true ? "0.1.0" : "dev";
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `batchbench: run a YAML experiment, measure it, report what was learned

Usage:
  batchbench COMMAND [ARGS] [FLAGS]

Commands:
${lines.join("\n")}

batchbench COMMAND --help (or batchbench help COMMAND) shows a command's flags and examples.
batchbench --version prints the version.

Exit codes: 0 done (no job failed, no target missed), 1 a job failed or a target was missed,
2 bad input (nothing ran), 70 a bug of batchbench, 130 interrupted (docs/exit-codes.md).
Colour: on a terminal; NO_COLOR or --no-color turn it off, FORCE_COLOR or --color on.
Guide: docs/getting-started.md.
`;
}
async function main(argv, io) {
  try {
    return await route(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}
async function route(argv, io) {
  const [first, ...rest] = argv;
  if (first === void 0) {
    io.stderr.write(usage());
    return EXIT.usage;
  }
  if (first === "--version" || first === "version") {
    io.stdout.write(`batchbench ${VERSION}
`);
    return EXIT.ok;
  }
  if (first === "--help" || first === "-h" || first === "help" && rest.length === 0) {
    io.stdout.write(usage());
    return EXIT.ok;
  }
  if (first === "help") {
    io.stdout.write((await resolve(rest)).command.help);
    return EXIT.ok;
  }
  if (first.startsWith("-"))
    throw usageError(
      "",
      `unknown option "${first}" before a command`,
      "put the command first: batchbench COMMAND [FLAGS]; batchbench --help lists them"
    );
  const { command, args } = await resolve(argv);
  const flagsEnd = args.indexOf("--");
  const own = flagsEnd < 0 ? args : args.slice(0, flagsEnd);
  if (own.includes("--help") || own.includes("-h")) {
    io.stdout.write(command.help);
    return EXIT.ok;
  }
  return command.run(args, io);
}
async function resolve(argv) {
  const [name = "", ...args] = argv;
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!entry)
    throw usageError(
      "",
      `unknown command "${name}"`,
      `the commands are ${Object.keys(COMMANDS).join(", ")}; batchbench --help says what each does`
    );
  const command = await entry.load();
  const sub = args[0];
  if (command.subcommands && sub !== void 0 && Object.hasOwn(command.subcommands, sub))
    return { command: command.subcommands[sub], args: args.slice(1) };
  return { command, args };
}
function reportError(error, io) {
  if (isUserError(error)) {
    const { file, line, column } = error.location;
    const where = file ? `${[file, line, line !== void 0 ? column : void 0].filter((x) => x !== void 0).join(":")}: ` : "";
    io.stderr.write(`batchbench: ${escapeTerminal(where + error.message)}
`);
    if (error.hint) io.stderr.write(`hint: ${escapeTerminal(error.hint)}
`);
    return EXIT.usage;
  }
  if (io.signal.aborted) {
    io.stderr.write(`batchbench: interrupted
`);
    return EXIT.interrupted;
  }
  const text = error instanceof Error ? error.stack ?? `${error.name}: ${error.message}` : String(error);
  io.stderr.write(
    `batchbench: this is a bug of batchbench, please report it with the command you ran and this text:
${text}
`
  );
  return EXIT.bug;
}

// src/cli/index.ts
var controller = new AbortController();
var interrupts = 0;
var stop = (signal) => {
  interrupts++;
  if (interrupts > 1) process.exit(EXIT.interrupted);
  process.stderr.write(`
${signal}: stopping every job and keeping what finished (again to quit at once)
`);
  controller.abort();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal
}).then((code) => {
  process.exitCode = code;
}).catch((error) => {
  process.stderr.write(
    `batchbench: this is a bug of batchbench, please report it with the command you ran and this text:
${error instanceof Error ? error.stack ?? error.message : String(error)}
`
  );
  process.exitCode = EXIT.bug;
});
