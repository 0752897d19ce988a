import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  submitExperiment
} from "../chunks/chunk-EXLAWCK5.js";
import "../chunks/chunk-ZNEPEOYU.js";
import {
  checkNameInput
} from "../chunks/chunk-UFWOIY7N.js";
import "../chunks/chunk-K3VLYCBD.js";
import "../chunks/chunk-EOZGV6HD.js";
import {
  runIdProblem
} from "../chunks/chunk-E5M6R44R.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import "../chunks/chunk-BHI37NSG.js";
import "../chunks/chunk-7QADKYDD.js";
import "../chunks/chunk-RXMO7T7R.js";
import "../chunks/chunk-I3UOCPAE.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  readyExperiment
} from "../chunks/chunk-BJEV6OMC.js";
import "../chunks/chunk-5QAU4Q5S.js";
import {
  input,
  lastResort,
  positiveIntInput,
  runAction
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-4OQDBBWX.js";
import "../chunks/chunk-OPZ3GT3A.js";
import "../chunks/chunk-N5NA2DBH.js";
import "../chunks/chunk-TURXASHF.js";
import "../chunks/chunk-N3NB5KB7.js";
import "../chunks/chunk-FJ6YSDE4.js";
import "../chunks/chunk-Y4CTCCMJ.js";
import "../chunks/chunk-7PMFJ2XS.js";
import "../chunks/chunk-YE2ILN26.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-4TPWJTDO.js";
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
