import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  LocalExecutor
} from "./chunk-JJBSLSWK.js";
import "./chunk-YLHD6BRE.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/adapters/local/local-backend.ts
var LocalBackend = class {
  name = "local";
  executor;
  constructor(options) {
    this.executor = new LocalExecutor(options);
  }
  execute(jobs, options) {
    return this.executor.execute(jobs, options);
  }
  async collect(manifest, _options) {
    throw notAttachable(manifest, "collect");
  }
  async cancel(manifest) {
    throw notAttachable(manifest, "cancel");
  }
};
function notAttachable(manifest, what) {
  return new UserError(
    `run ${manifest.runId} ran on local processes, which end with the batchbench that started them: there is nothing to ${what}`,
    {
      hint: what === "collect" ? `run what it lacks with: batchbench run ${manifest.experimentFile} --resume ${manifest.runId}` : "stop a local run with Ctrl-C in the terminal that runs it"
    }
  );
}
var createLocalBackend = (setup) => new LocalBackend({
  logDir: setup.logDir,
  baseDir: setup.cwd,
  plan: setup.plan,
  ...setup.concurrency !== void 0 ? { concurrency: setup.concurrency } : {},
  ...setup.exclusiveGroups ? { exclusiveGroups: true } : {},
  ...setup.maxVcpus !== void 0 ? { maxVcpus: setup.maxVcpus } : {}
});
export {
  LocalBackend,
  createLocalBackend
};
