import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  publishFromInputs
} from "../chunks/chunk-PPI4OVKI.js";
import "../chunks/chunk-WUQSTSGD.js";
import {
  localRunAt
} from "../chunks/chunk-A4MTJOLX.js";
import "../chunks/chunk-BXX3FDER.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-G6E6OGVB.js";
import "../chunks/chunk-BHI37NSG.js";
import {
  collectStoredRun
} from "../chunks/chunk-5PJJW5XX.js";
import "../chunks/chunk-SX6WXSDP.js";
import "../chunks/chunk-4LGYVC65.js";
import {
  storedReport
} from "../chunks/chunk-RJGB3YDS.js";
import "../chunks/chunk-2PSV7WMM.js";
import "../chunks/chunk-K2FX43V4.js";
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
import "../chunks/chunk-5QAU4Q5S.js";
import {
  input,
  lastResort,
  runAction,
  workspace
} from "../chunks/chunk-UZCDPZT5.js";
import {
  info,
  setOutput
} from "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-NZPLPDYM.js";
import "../chunks/chunk-CWFLCHSU.js";
import "../chunks/chunk-T4VO73CT.js";
import {
  pricesAt
} from "../chunks/chunk-YYVGTQZX.js";
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

// src/entrypoints/report-source.ts
import path from "node:path";
async function reportFromInputs(env) {
  const cwd = workspace(env);
  const runDir = input("run-dir");
  const pricesFile = input("prices");
  if (runDir) {
    const folder = path.resolve(cwd, runDir.replace(/[/\\]+$/, ""));
    const { store: store2, runId: runId2, readSaved } = await localRunAt(folder, `run-dir ${runDir}`);
    const { report, rebuilt } = await storedReport(store2, runId2, {
      readSaved,
      ...pricesFile ? { reprice: await pricesAt(pricesFile, cwd) } : {},
      prices: () => pricesAt(void 0, cwd)
    });
    info(
      rebuilt ? `${runId2}: report built from the run's records` : `${runId2}: the report saved with the run`
    );
    return { report, unfinished: 0, store: store2, submitted: false };
  }
  const runId = input("run-id");
  const storeUrl = input("store");
  if (!runId || !storeUrl)
    throw new UserError(
      "give either 'run-dir' (a local run folder) or 'run-id' and 'store' (s3://bucket/prefix/)"
    );
  const experiment = input("experiment");
  const { outcome, store } = await collectStoredRun(
    { storeUrl, runId, ...experiment ? { experiment } : {}, cwd, env },
    { prices: pricesFile, signal: new AbortController().signal, wait: false }
  );
  return { report: outcome.report, unfinished: outcome.unfinished, store, submitted: true };
}

// src/entrypoints/report-action.ts
async function run(env = process.env) {
  await runAction("report", async () => {
    const { report, unfinished, store, submitted } = await reportFromInputs(env);
    await publishFromInputs(report, unfinished, env, { store, submitted, failOnMissByDefault: false });
    setOutput("status", unfinished > 0 ? "pending" : "complete");
  });
}

// src/entrypoints/report.ts
run().catch(lastResort);
