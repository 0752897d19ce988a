import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  failOnProblems,
  validateFiles
} from "../chunks/chunk-3TAODULI.js";
import {
  pushedFiles,
  readEvent,
  repositoryOf
} from "../chunks/chunk-2SECIYKN.js";
import {
  createGitHubClient,
  listAll
} from "../chunks/chunk-G6E6OGVB.js";
import {
  setLargeOutput
} from "../chunks/chunk-BHI37NSG.js";
import "../chunks/chunk-XQA4ZAUC.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  expandPatterns,
  matchesGlob
} from "../chunks/chunk-7ZIUSCDX.js";
import "../chunks/chunk-5QAU4Q5S.js";
import {
  input,
  lastResort,
  listInput,
  positiveIntInput,
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
import "../chunks/chunk-YYVGTQZX.js";
import "../chunks/chunk-A44LHXHL.js";
import {
  hasErrors
} from "../chunks/chunk-SIQR2AZH.js";
import "../chunks/chunk-YTWLBMZJ.js";
import "../chunks/chunk-7LCVCKSI.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-OE34II5Z.js";
import {
  escapeTerminal
} from "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/adapters/github/pull-request-files.ts
async function changedFiles(client, repo, pullNumber) {
  const files = await listAll(client, client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber });
  return files.filter((f) => f.status !== "removed").map((f) => f.filename);
}

// src/entrypoints/validate-action.ts
var DEFAULT_PATTERN = "experiments/**/*.{yaml,yml}";
async function filesToValidate(env, cwd) {
  const given = listInput("experiments");
  if (given.length > 0) return expandPatterns(given, cwd);
  const pattern = input("pattern") ?? DEFAULT_PATTERN;
  const event = await readEvent(env);
  const repo = repositoryOf(env);
  const token = input("github-token");
  if (event.pullRequest && repo && token) {
    const changed = await changedFiles(createGitHubClient(token, env), repo, event.pullRequest.number);
    return changed.filter((f) => matchesGlob(f, pattern));
  }
  const pushed = event.name === "push" ? pushedFiles(event.payload) : void 0;
  if (pushed) return pushed.filter((f) => matchesGlob(f, pattern)).sort();
  return expandPatterns([pattern], cwd);
}
function setPlanOutput(results) {
  const entries = results.map((r) => ({
    file: r.file,
    valid: !hasErrors(r.problems),
    problems: r.problems,
    ...r.plan ? { plan: r.plan } : {}
  }));
  const brief = entries.map((e) => ({
    ...e,
    problems: e.problems.slice(0, 10),
    ...e.plan ? { plan: { experiment: e.plan.experiment, file: e.plan.file, totals: e.plan.totals } } : {}
  }));
  setLargeOutput("plan", JSON.stringify(entries), { smaller: () => JSON.stringify(brief) });
}
async function run(env = process.env) {
  await runAction("validate", async () => {
    const cwd = workspace(env);
    const files = await filesToValidate(env, cwd);
    const repeats = positiveIntInput("repeats");
    const prices = input("prices");
    if (files.length === 0) {
      info("no experiment files to validate");
      setLargeOutput("plan", "[]");
      setOutput("files", "[]");
      return;
    }
    const results = await validateFiles(files, {
      cwd,
      ...repeats ? { repeats } : {},
      ...prices ? { prices } : {}
    });
    setPlanOutput(results);
    const valid = results.filter((r) => !hasErrors(r.problems));
    setOutput("files", JSON.stringify(valid.map((r) => r.file)));
    for (const r of valid) info(`${escapeTerminal(r.file)}: valid, ${r.plan?.totals.jobs ?? 0} jobs`);
    const n = results.length;
    failOnProblems(results, (bad) => `${bad} of ${n} experiment file${n === 1 ? "" : "s"}`);
  });
}

// src/entrypoints/validate.ts
run().catch(lastResort);
