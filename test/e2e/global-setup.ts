import type { TestProject } from 'vitest/node';
import { startEngine, stopEngine, type Engine } from './engine.js';
import { missingImageTools } from './registry.js';

/** buildah, docker-registry and moto's Python, for the build-image test; or what is missing. */
export type ImageTools = { ok: true } | { ok: false; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    engine: Engine;
    imageTools: ImageTools;
  }
}

/**
 * One Docker engine for the whole e2e run, started before any test file and ended after the
 * last, also when a test fails. BATCHBENCH_E2E_REQUIRED=1 turns "cannot run Docker here" (or
 * "no buildah, no docker-registry") from a skip into a failure, for machines where they are
 * expected.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const required = process.env.BATCHBENCH_E2E_REQUIRED === '1';
  const missing = await missingImageTools();
  const imageTools: ImageTools =
    missing.length === 0
      ? { ok: true }
      : { ok: false, reason: `not installed: ${missing.join(', ')} (run: scripts/e2e.sh install, as root)` };
  if (!imageTools.ok) {
    const message = `e2e: build-image SKIPPED, ${imageTools.reason}`;
    if (required) throw new Error(message);
    process.stderr.write(`\n${message}\n\n`);
  }
  project.provide('imageTools', imageTools);

  const engine = await startEngine();
  if (!engine.ok) {
    const message = `e2e: SKIPPED, no Docker engine on this machine:\n${engine.reason}`;
    if (required) throw new Error(message);
    process.stderr.write(`\n${message}\n\n`);
  } else {
    process.stderr.write(
      `e2e: dockerd up in ${engine.startSeconds.toFixed(1)} s, image ${engine.image} built in ${engine.imageSeconds.toFixed(1)} s\n`,
    );
  }
  project.provide('engine', engine);
  return stopEngine;
}
