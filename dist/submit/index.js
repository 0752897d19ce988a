import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  submitExperiment
} from "../chunks/chunk-WTB7GMPP.js";
import "../chunks/chunk-BVHEPGBD.js";
import {
  checkNameInput
} from "../chunks/chunk-O4U564M3.js";
import "../chunks/chunk-K3VLYCBD.js";
import {
  runIdProblem
} from "../chunks/chunk-FXVNFHIF.js";
import "../chunks/chunk-4G5XEVGU.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import "../chunks/chunk-BHI37NSG.js";
import "../chunks/chunk-YQONJ5GW.js";
import "../chunks/chunk-J2JZPFJP.js";
import "../chunks/chunk-W7VCPOOQ.js";
import "../chunks/chunk-HJ7YDIEQ.js";
import "../chunks/chunk-QOQV3TKJ.js";
import "../chunks/chunk-CYWH7RLO.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  readyExperiment
} from "../chunks/chunk-ROVEU3BJ.js";
import "../chunks/chunk-5QAU4Q5S.js";
import {
  input,
  lastResort,
  positiveIntInput,
  runAction
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-R5ILCIO6.js";
import "../chunks/chunk-K5SYIA6H.js";
import "../chunks/chunk-6ER6D733.js";
import "../chunks/chunk-IKVQ3UZE.js";
import "../chunks/chunk-ZJ7P47FN.js";
import "../chunks/chunk-V7QLYZ3C.js";
import "../chunks/chunk-YTWLBMZJ.js";
import "../chunks/chunk-DCM4P5SK.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-EAYGZ77P.js";
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
