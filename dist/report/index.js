import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  publishFromInputs
} from "../chunks/chunk-O4U564M3.js";
import "../chunks/chunk-K3VLYCBD.js";
import {
  localRunAt
} from "../chunks/chunk-FXVNFHIF.js";
import "../chunks/chunk-4G5XEVGU.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import "../chunks/chunk-BHI37NSG.js";
import {
  collectStoredRun
} from "../chunks/chunk-BCV2KSHC.js";
import "../chunks/chunk-WTBCTQ64.js";
import "../chunks/chunk-BV3CE2RM.js";
import {
  storedReport
} from "../chunks/chunk-HDPBCJAF.js";
import "../chunks/chunk-BX5RNA6X.js";
import "../chunks/chunk-IDKA6NIN.js";
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
import "../chunks/chunk-R5ILCIO6.js";
import "../chunks/chunk-K5SYIA6H.js";
import "../chunks/chunk-6ER6D733.js";
import {
  pricesAt
} from "../chunks/chunk-IKVQ3UZE.js";
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
