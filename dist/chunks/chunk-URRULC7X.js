import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  appendRequestRecord
} from "./chunk-5QAU4Q5S.js";

// src/adapters/aws/request-recorder.ts
function recordRequests(client, service, env = process.env) {
  const file = env.BATCHBENCH_RECORD_REQUESTS;
  if (!file) return client;
  client.middlewareStack.add(
    (next, context) => (args) => {
      const operation = (context.commandName ?? "").replace(/Command$/, "");
      appendRequestRecord(file, { service, operation, input: args.input }, plain);
      return next(args);
    },
    { step: "initialize", name: "batchbenchRecordRequests" }
  );
  return client;
}
function plain(_key, value) {
  if (value instanceof Uint8Array) return { $blob: value.length };
  if (value && typeof value === "object" && typeof value.pipe === "function")
    return { $blob: "stream" };
  return value;
}

export {
  recordRequests
};
