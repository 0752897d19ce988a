import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  publishFromInputs
} from "../chunks/chunk-WX7OHU6N.js";
import "../chunks/chunk-K3VLYCBD.js";
import "../chunks/chunk-EOZGV6HD.js";
import {
  localRunAt
} from "../chunks/chunk-E5M6R44R.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import "../chunks/chunk-BHI37NSG.js";
import {
  collectStoredRun
} from "../chunks/chunk-XZQPXDBZ.js";
import "../chunks/chunk-X5PGP75U.js";
import "../chunks/chunk-GWTBGHPU.js";
import {
  storedReport
} from "../chunks/chunk-TTX4D52R.js";
import "../chunks/chunk-FKYZEJCT.js";
import "../chunks/chunk-NWCAJ27L.js";
import "../chunks/chunk-WTIJKFMC.js";
import "../chunks/chunk-ADQ474VJ.js";
import "../chunks/chunk-QZFFTLUR.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
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
import "../chunks/chunk-3LDRGTA6.js";
import "../chunks/chunk-5EQRWFSI.js";
import "../chunks/chunk-A2HJHLCE.js";
import "../chunks/chunk-TURXASHF.js";
import "../chunks/chunk-LDKJN5PS.js";
import {
  pricesAt
} from "../chunks/chunk-A24N76KN.js";
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
