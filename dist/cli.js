import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-DH4O3VIN.js";
import "./chunks/chunk-ZOLYW6JJ.js";
import "./chunks/chunk-27H7M3G6.js";
import "./chunks/chunk-CEQQMJ4M.js";
import "./chunks/chunk-WZLYGAHJ.js";
import "./chunks/chunk-76HS77CX.js";
import "./chunks/chunk-L6TZSNCT.js";
import "./chunks/chunk-ZEPKX7LH.js";
import "./chunks/chunk-OC537YOA.js";
import "./chunks/chunk-TK2KBLDO.js";
import "./chunks/chunk-IUIKERM2.js";
import "./chunks/chunk-S2V6XSF3.js";
import "./chunks/chunk-E24LLZCP.js";
import "./chunks/chunk-K3TBYX7Q.js";
import "./chunks/chunk-IHG27KF4.js";
import "./chunks/chunk-VW7L6ZQL.js";
import "./chunks/chunk-KVZNUJPT.js";
import "./chunks/chunk-Q3NR4BZE.js";
import "./chunks/chunk-I3F55QQV.js";
import "./chunks/chunk-WZ3PWTB2.js";
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
