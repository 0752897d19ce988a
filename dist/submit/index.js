import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  submitExperiment
} from "../chunks/chunk-5JZKMBKA.js";
import "../chunks/chunk-YOQERSHG.js";
import {
  checkNameInput
} from "../chunks/chunk-PPI4OVKI.js";
import "../chunks/chunk-WUQSTSGD.js";
import {
  runIdProblem
} from "../chunks/chunk-A4MTJOLX.js";
import "../chunks/chunk-BXX3FDER.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-G6E6OGVB.js";
import "../chunks/chunk-BHI37NSG.js";
import "../chunks/chunk-HADUC3NH.js";
import "../chunks/chunk-B54ZDRTI.js";
import "../chunks/chunk-ARO3GKVQ.js";
import "../chunks/chunk-VIHL2KRB.js";
import "../chunks/chunk-ORBO64A7.js";
import "../chunks/chunk-ET2Z5CFO.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-XQA4ZAUC.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  readyExperiment
} from "../chunks/chunk-6C43HDNZ.js";
import "../chunks/chunk-5QAU4Q5S.js";
import {
  input,
  lastResort,
  positiveIntInput,
  runAction
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-NZPLPDYM.js";
import "../chunks/chunk-CWFLCHSU.js";
import "../chunks/chunk-T4VO73CT.js";
import "../chunks/chunk-YYVGTQZX.js";
import "../chunks/chunk-A44LHXHL.js";
import "../chunks/chunk-SIQR2AZH.js";
import "../chunks/chunk-YTWLBMZJ.js";
import "../chunks/chunk-7LCVCKSI.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-OE34II5Z.js";
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
