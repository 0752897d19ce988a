import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  GitHubPublisher,
  originTarget
} from "./chunk-K3VLYCBD.js";
import {
  historyBeside
} from "./chunk-5MMT7SGS.js";
import "./chunk-V2EIBNTE.js";
import "./chunk-BHI37NSG.js";
import {
  publishCollected
} from "./chunk-WJHND6VH.js";
import "./chunk-JHGNTOCR.js";
import "./chunk-XCJX3GXI.js";
import "./chunk-YBY2GSWG.js";
import "./chunk-EURCCZ4I.js";
import "./chunk-WCTRUXUB.js";
import "./chunk-LBKWMMWJ.js";
import "./chunk-LFSJYIA5.js";
import "./chunk-Z23CAIU4.js";
import "./chunk-LIEUDKFO.js";
import "./chunk-KKLWWKTX.js";
import "./chunk-2EARJU2W.js";
import "./chunk-5QAU4Q5S.js";
import "./chunk-OUBHICKN.js";
import "./chunk-52F2NNLZ.js";
import "./chunk-X4MOQ6EC.js";
import "./chunk-VV4HZU6K.js";
import "./chunk-7ARILE3U.js";
import "./chunk-SAVLUPNP.js";
import "./chunk-K2I2ADHN.js";
import "./chunk-AESLYFF2.js";
import "./chunk-2C3IZI2I.js";
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
