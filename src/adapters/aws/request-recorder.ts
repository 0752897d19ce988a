import { appendRequestRecord } from '../request-log.js';

/** What the SDK middleware stack needs of a client, for every service's client alike. */
interface Recordable {
  middlewareStack: {
    add(
      middleware: (
        next: (args: { input: unknown }) => Promise<unknown>,
        context: { commandName?: string },
      ) => (args: { input: unknown }) => Promise<unknown>,
      options: { step: 'initialize'; name: string },
    ): void;
  };
}

/**
 * With BATCHBENCH_RECORD_REQUESTS=<file>, appends `{service, operation, input}` for every request
 * a client sends (before it is sent), one JSON line each; scripts/check-requests.mjs checks them
 * against the services' published models. The test suite turns it on; nothing else does.
 */
export function recordRequests<T>(client: T, service: string, env: NodeJS.ProcessEnv = process.env): T {
  const file = env.BATCHBENCH_RECORD_REQUESTS;
  if (!file) return client;
  (client as unknown as Recordable).middlewareStack.add(
    (next, context) => (args) => {
      const operation = (context.commandName ?? '').replace(/Command$/, '');
      appendRequestRecord(file, { service, operation, input: args.input }, plain);
      return next(args);
    },
    { step: 'initialize', name: 'batchbenchRecordRequests' },
  );
  return client;
}

/** Bodies become their size: what is checked is the request's shape, not its payload. */
function plain(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { $blob: value.length };
  if (value && typeof value === 'object' && typeof (value as { pipe?: unknown }).pipe === 'function')
    return { $blob: 'stream' };
  return value;
}
