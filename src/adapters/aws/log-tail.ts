import { GetLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { withRetry, type RetryPolicy } from './retry.js';

/** AWS Batch sends container output to this log group unless a job definition says otherwise. */
export const BATCH_LOG_GROUP = '/aws/batch/job';
export const LOG_TAIL_LINES = 50;

/** The last lines of a job's log stream; undefined when the stream is gone or unreadable. */
export async function logTail(
  logs: CloudWatchLogsClient,
  logStreamName: string,
  policy: RetryPolicy,
): Promise<string[] | undefined> {
  try {
    const out = await withRetry(
      () =>
        logs.send(
          new GetLogEventsCommand({
            logGroupName: BATCH_LOG_GROUP,
            logStreamName,
            limit: LOG_TAIL_LINES,
            startFromHead: false,
          }),
        ),
      policy,
    );
    const lines = (out.events ?? []).map((e) => (e.message ?? '').replace(/\n$/, ''));
    return lines.length > 0 ? lines.slice(-LOG_TAIL_LINES) : undefined;
  } catch {
    // A missing log is not worth failing a collection for: the record still has the status reason.
    return undefined;
  }
}
