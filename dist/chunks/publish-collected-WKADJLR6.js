import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  GitHubPublisher,
  originTarget
} from "./chunk-MRBCJ4AK.js";
import "./chunk-GHWBOHN2.js";
import "./chunk-VEK72RYT.js";
import {
  publishCollected
} from "./chunk-A2RG4BAH.js";
import "./chunk-IFPPOJDU.js";
import "./chunk-6SKZGS4Z.js";
import "./chunk-MPHH7IPH.js";
import "./chunk-IQJJB7MW.js";
import "./chunk-5QKW43MP.js";
import "./chunk-L5FQZOZG.js";
import "./chunk-Y724BK2G.js";
import "./chunk-52F2NNLZ.js";
import "./chunk-JFB5LMO7.js";
import "./chunk-OJYSATZJ.js";
import "./chunk-OLLFCHB7.js";
import "./chunk-ZGWMIHYT.js";
import "./chunk-I6QNDUNP.js";
import "./chunk-WZ3PWTB2.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/publish-collected.ts
async function publishToGitHub(outcome, store, io) {
  const log = (line) => io.stderr.write(`${escapeTerminal(line)}
`);
  await publishCollected(outcome, {
    store,
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
