import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  BACKENDS,
  backendList
} from "./chunk-YTWLBMZJ.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/adapters/backends.ts
var BACKEND_LOADERS = {
  local: async () => (await import("./local-backend-5C77X3ML.js")).createLocalBackend,
  "aws-batch": async () => (await import("./backend-QK67KVYJ.js")).createBatchBackend,
  slurm: async () => (await import("./backend-CO6FE72N.js")).createSlurmBackend
};
var registered = new Map(
  BACKENDS.map((info) => [info.name, { info, load: BACKEND_LOADERS[info.name] }])
);
function registeredBackendNames() {
  return [...registered.keys()];
}
function registeredBackendList(conjunction = "or") {
  return backendList(conjunction, registeredBackendNames());
}
function backendEntry(name) {
  const found = registered.get(name);
  if (!found)
    throw new UserError(`no backend is named ${name}`, {
      hint: `this batchbench knows ${registeredBackendNames().join(", ")}: a newer one may know it`
    });
  return found.info;
}
async function createBackend(name, setup) {
  backendEntry(name);
  const factory = await registered.get(name).load();
  return factory(setup);
}

export {
  registeredBackendNames,
  registeredBackendList,
  backendEntry,
  createBackend
};
