import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  submitExperiment
} from "../chunks/chunk-ILGW3T3K.js";
import "../chunks/chunk-ZNEPEOYU.js";
import {
  checkNameInput
} from "../chunks/chunk-PERGFY2V.js";
import "../chunks/chunk-K3VLYCBD.js";
import "../chunks/chunk-FP52DY2V.js";
import {
  runIdProblem
} from "../chunks/chunk-47Q43H4V.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import "../chunks/chunk-BHI37NSG.js";
import "../chunks/chunk-NFQ5LFSL.js";
import "../chunks/chunk-X53JMZGX.js";
import "../chunks/chunk-GHBA7HKR.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  readyExperiment
} from "../chunks/chunk-NIVUEAQI.js";
import "../chunks/chunk-5QAU4Q5S.js";
import {
  input,
  lastResort,
  positiveIntInput,
  runAction
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-A3IJ7VXB.js";
import "../chunks/chunk-IM7STALW.js";
import "../chunks/chunk-WTOH6AG7.js";
import "../chunks/chunk-TURXASHF.js";
import "../chunks/chunk-ICJYGTMA.js";
import "../chunks/chunk-MNKOMSUY.js";
import "../chunks/chunk-MAJIINBJ.js";
import "../chunks/chunk-7GCXWL5C.js";
import "../chunks/chunk-YE2ILN26.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-BXYV6MAK.js";
import "../chunks/chunk-ADRHWOWG.js";
import {
  UserError
} from "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/submit-action.ts
async function run(env = process.env) {
  await runAction("submit", async () => {
    const file = input("experiment", { required: true });
    const repeats = positiveIntInput("repeats");
    const prices = input("prices");
    const ready = await readyExperiment(file, env, {
      ...repeats ? { repeats } : {},
      ...prices ? { prices } : {}
    });
    const runId = input("run-id");
    const bad = runId === void 0 || runId === "" ? void 0 : runIdProblem(runId);
    if (bad) throw new UserError(bad, { hint: "give a run-id such as my-bench-42, or leave it out" });
    const imageUri = input("image-uri");
    const store = input("store");
    await submitExperiment(ready, env, {
      ...runId ? { runId } : {},
      ...imageUri ? { imageUri } : {},
      ...store ? { store } : {},
      checkName: checkNameInput(ready.experiment.name)
    });
  });
}

// src/entrypoints/submit.ts
run().catch(lastResort);
