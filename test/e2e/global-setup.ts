import type { TestProject } from 'vitest/node';
import { startEngine, stopEngine, type Engine } from './engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: Engine;
  }
}

/**
 * One Docker engine for the whole e2e run, started before any test file and ended after the
 * last, also when a test fails. BATCHBENCH_E2E_REQUIRED=1 turns "cannot run Docker here" from a
 * skip into a failure, for machines where the engine is expected.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const engine = await startEngine();
  if (!engine.ok) {
    const message = `e2e: SKIPPED, no Docker engine on this machine:\n${engine.reason}`;
    if (process.env.BATCHBENCH_E2E_REQUIRED === '1') throw new Error(message);
    process.stderr.write(`\n${message}\n\n`);
  } else {
    process.stderr.write(
      `e2e: dockerd up in ${engine.startSeconds.toFixed(1)} s, image ${engine.image} built in ${engine.imageSeconds.toFixed(1)} s\n`,
    );
  }
  project.provide('engine', engine);
  return stopEngine;
}
