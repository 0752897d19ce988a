// GitHub publishing for `batchbench collect --publish`, loaded only then: Octokit is not small.
import { publishCollected, type CollectOutcome } from '../app/collect-run.js';
import { GitHubPublisher, originTarget } from '../adapters/github/github-publisher.js';
import { historyBeside } from '../adapters/run-history-store.js';
import type { RunStore } from '../ports/run-store.js';
import type { Io } from './io.js';
import { escapeTerminal } from '../domain/terminal-text.js';

/**
 * The scheduled collector's publication of a run, through the publisher the report action
 * uses: the job summary of the collector's step (when there is one), and for a finished run
 * the PR comment and check of the workflow that submitted it.
 */
export async function publishToGitHub(outcome: CollectOutcome, store: RunStore, io: Io): Promise<void> {
  const log = (line: string) => io.stderr.write(`${escapeTerminal(line)}\n`);
  const history = historyBeside(store);
  await publishCollected(outcome, {
    store,
    ...(history ? { history } : {}),
    publisherFor(origin) {
      const github = new GitHubPublisher(
        origin
          ? originTarget(origin, {
              token: io.env.GITHUB_TOKEN,
              env: io.env,
              comment: true,
              check: true,
              // Hours later the PR may have moved on; its newer run owns the comment then.
              whileHeadIs: true,
            })
          : undefined,
      );
      return {
        summary: io.env.GITHUB_STEP_SUMMARY ? (markdown) => github.summary(markdown) : async () => {},
        ...(github.comment ? { comment: github.comment } : {}),
        ...(github.check ? { check: github.check } : {}),
      };
    },
    log,
    now: Date.now,
    ...(io.env.GITHUB_REPOSITORY ? { repository: io.env.GITHUB_REPOSITORY } : {}),
  });
}
