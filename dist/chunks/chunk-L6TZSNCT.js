import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/app/cancel-run.ts
async function cancelRun(runId, deps) {
  const manifest = await deps.store.readManifest(runId);
  const outcome = await deps.canceller.cancel(manifest);
  await deps.store.updateManifest(runId, {
    status: "cancelled",
    updatedAt: new Date(deps.now()).toISOString()
  });
  return outcome;
}

export {
  cancelRun
};
