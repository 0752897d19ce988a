// Vitest global setup: the local backend starts its launcher processes from the bundle
// dist/local-launcher.js, so the tests build it from the source first, as scripts/build.mjs does,
// and never run a stale one.
import { buildLauncher } from '../../scripts/launcher-build.mjs';

export default async function setup(): Promise<void> {
  await buildLauncher({ logLevel: 'error' });
}
