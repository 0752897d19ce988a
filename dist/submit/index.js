import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  submitExperiment
} from "../chunks/chunk-Q4FHIF5H.js";
import "../chunks/chunk-ZNEPEOYU.js";
import {
  checkNameInput
} from "../chunks/chunk-WX7OHU6N.js";
import "../chunks/chunk-K3VLYCBD.js";
import "../chunks/chunk-EOZGV6HD.js";
import {
  runIdProblem
} from "../chunks/chunk-E5M6R44R.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import "../chunks/chunk-BHI37NSG.js";
import "../chunks/chunk-WTIJKFMC.js";
import "../chunks/chunk-ADQ474VJ.js";
import "../chunks/chunk-QZFFTLUR.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  readyExperiment
} from "../chunks/chunk-WCD2IQWW.js";
import "../chunks/chunk-5QAU4Q5S.js";
import {
  input,
  lastResort,
  positiveIntInput,
  runAction
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-3LDRGTA6.js";
import "../chunks/chunk-5EQRWFSI.js";
import "../chunks/chunk-A2HJHLCE.js";
import "../chunks/chunk-TURXASHF.js";
import "../chunks/chunk-LDKJN5PS.js";
import "../chunks/chunk-A24N76KN.js";
import "../chunks/chunk-ADWLS3GG.js";
import "../chunks/chunk-LSSG4IQX.js";
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
