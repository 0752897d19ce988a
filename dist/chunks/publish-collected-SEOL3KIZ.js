import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  GitHubPublisher,
  originTarget
} from "./chunk-K3VLYCBD.js";
import {
  historyBeside
} from "./chunk-4G5XEVGU.js";
import "./chunk-V2EIBNTE.js";
import "./chunk-BHI37NSG.js";
import {
  publishCollected
} from "./chunk-WTBCTQ64.js";
import "./chunk-BV3CE2RM.js";
import "./chunk-HDPBCJAF.js";
import "./chunk-BX5RNA6X.js";
import "./chunk-IDKA6NIN.js";
import "./chunk-J2JZPFJP.js";
import "./chunk-W7VCPOOQ.js";
import "./chunk-QOQV3TKJ.js";
import "./chunk-CYWH7RLO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-U5BFUXIM.js";
import "./chunk-KKLWWKTX.js";
import "./chunk-2EARJU2W.js";
import "./chunk-5QAU4Q5S.js";
import "./chunk-52F2NNLZ.js";
import "./chunk-K5SYIA6H.js";
import "./chunk-V7QLYZ3C.js";
import "./chunk-YTWLBMZJ.js";
import "./chunk-DCM4P5SK.js";
import "./chunk-AESLYFF2.js";
import "./chunk-EAYGZ77P.js";
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
