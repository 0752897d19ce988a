import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  submitExperiment
} from "../chunks/chunk-H55LMTFG.js";
import "../chunks/chunk-ZNEPEOYU.js";
import {
  checkNameInput
} from "../chunks/chunk-7P4R435H.js";
import "../chunks/chunk-K3VLYCBD.js";
import "../chunks/chunk-5MMT7SGS.js";
import {
  runIdProblem
} from "../chunks/chunk-LAFSIZBA.js";
import "../chunks/chunk-YLHD6BRE.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import "../chunks/chunk-BHI37NSG.js";
import "../chunks/chunk-WCTRUXUB.js";
import "../chunks/chunk-LBKWMMWJ.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  readyExperiment
} from "../chunks/chunk-T7SMFRXQ.js";
import "../chunks/chunk-ESZEKXR4.js";
import "../chunks/chunk-FJOKTBGJ.js";
import "../chunks/chunk-5QAU4Q5S.js";
import "../chunks/chunk-OUBHICKN.js";
import {
  input,
  lastResort,
  positiveIntInput,
  runAction
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-X4MOQ6EC.js";
import "../chunks/chunk-VV4HZU6K.js";
import "../chunks/chunk-COL6PGIB.js";
import "../chunks/chunk-YYREWPTX.js";
import "../chunks/chunk-PNPXLL7V.js";
import "../chunks/chunk-7ARILE3U.js";
import "../chunks/chunk-SAVLUPNP.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-2C3IZI2I.js";
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
