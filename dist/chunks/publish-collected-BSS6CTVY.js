import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  GitHubPublisher,
  originTarget
} from "./chunk-WUQSTSGD.js";
import {
  historyBeside
} from "./chunk-BXX3FDER.js";
import "./chunk-G6E6OGVB.js";
import "./chunk-BHI37NSG.js";
import {
  publishCollected
} from "./chunk-SX6WXSDP.js";
import "./chunk-4LGYVC65.js";
import "./chunk-RJGB3YDS.js";
import "./chunk-2PSV7WMM.js";
import "./chunk-K2FX43V4.js";
import "./chunk-B54ZDRTI.js";
import "./chunk-ARO3GKVQ.js";
import "./chunk-ORBO64A7.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-U5BFUXIM.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-5QAU4Q5S.js";
import "./chunk-52F2NNLZ.js";
import "./chunk-CWFLCHSU.js";
import "./chunk-SIQR2AZH.js";
import "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import "./chunk-OE34II5Z.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/publish-collected.ts
async function publishToGitHub(outcome, store, io) {
  const log = (line) => io.stderr.write(`${escapeTerminal(line)}
`);
  const history = historyBeside(store);
  await publishCollected(outcome, {
    store,
    ...history ? { history } : {},
    publisherFor(origin) {
      const github = new GitHubPublisher(
        origin ? originTarget(origin, {
          token: io.env.GITHUB_TOKEN,
          env: io.env,
          comment: true,
          check: true,
          // Hours later the PR may have moved on; its newer run owns the comment then.
          whileHeadIs: true
        }) : void 0
      );
      return {
        summary: io.env.GITHUB_STEP_SUMMARY ? (markdown) => github.summary(markdown) : async () => {
        },
        ...github.comment ? { comment: github.comment } : {},
        ...github.check ? { check: github.check } : {}
      };
    },
    log,
    now: Date.now,
    ...io.env.GITHUB_REPOSITORY ? { repository: io.env.GITHUB_REPOSITORY } : {}
  });
}
export {
  publishToGitHub
};
