import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  GitHubPublisher,
  originTarget
} from "./chunk-M6TF66QN.js";
import "./chunk-E53CW332.js";
import {
  publishCollected
} from "./chunk-ZEPKX7LH.js";
import "./chunk-OC537YOA.js";
import "./chunk-TK2KBLDO.js";
import "./chunk-IUIKERM2.js";
import "./chunk-2LEEVQUZ.js";
import "./chunk-IHG27KF4.js";
import "./chunk-VW7L6ZQL.js";
import "./chunk-Q3NR4BZE.js";
import "./chunk-I3F55QQV.js";
import "./chunk-WZ3PWTB2.js";
import "./chunk-YOF47TSW.js";

// src/cli/publish-collected.ts
async function publishToGitHub(outcome, store, io) {
  const log = (line) => io.stderr.write(`${line}
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
    now: Date.now
  });
}
export {
  publishToGitHub
};
