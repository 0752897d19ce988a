import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-VHJEUETF.js";
import "./chunks/chunk-NOICZ6FP.js";
import "./chunks/chunk-DXYJLEUY.js";
import "./chunks/chunk-76HS77CX.js";
import "./chunks/chunk-UV5OW47J.js";
import "./chunks/chunk-L6TZSNCT.js";
import "./chunks/chunk-LVSQBUYB.js";
import "./chunks/chunk-TKTVF22X.js";
import "./chunks/chunk-D5FG67Y2.js";
import "./chunks/chunk-5KN5MX2P.js";
import "./chunks/chunk-YOF47TSW.js";

// src/cli/index.ts
var controller = new AbortController();
var interrupts = 0;
var stop = (signal) => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
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
    `batchbench: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
  );
  process.exitCode = 1;
});
