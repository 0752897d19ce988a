import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  submitExperiment
} from "../chunks/chunk-R4JRTD3L.js";
import "../chunks/chunk-KADBI6S7.js";
import {
  checkNameInput
} from "../chunks/chunk-DFUWKUHK.js";
import "../chunks/chunk-K3VLYCBD.js";
import {
  runIdProblem
} from "../chunks/chunk-KGHNT7PF.js";
import "../chunks/chunk-EBG4WCA4.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import "../chunks/chunk-BHI37NSG.js";
import "../chunks/chunk-ZZXPTZ72.js";
import "../chunks/chunk-ZEZXR3NN.js";
import "../chunks/chunk-ICDWV3ZX.js";
import "../chunks/chunk-LZT3J2VG.js";
import "../chunks/chunk-CZVVTTNT.js";
import "../chunks/chunk-UUKWJKGD.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  readyExperiment
} from "../chunks/chunk-UE5Z4SKW.js";
import "../chunks/chunk-5QAU4Q5S.js";
import {
  input,
  lastResort,
  positiveIntInput,
  runAction
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-CZPZJBGK.js";
import "../chunks/chunk-IKMQC7TS.js";
import "../chunks/chunk-24L2YH3O.js";
import "../chunks/chunk-7WGMSKP7.js";
import "../chunks/chunk-KZ72BSYZ.js";
import "../chunks/chunk-BMANGMBC.js";
import "../chunks/chunk-6XOHPFQI.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-TAWO2BSA.js";
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
