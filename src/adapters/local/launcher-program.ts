import { bundledProgram } from '../bundled-program.js';

/** The launcher's bundle (launcher-main.ts), built by scripts/build.mjs next to the CLI's. */
export const LAUNCHER_BUNDLE = 'local-launcher.js';

/** Where the launcher's bundle is (see bundledProgram). */
export function launcherProgram(from?: string): string {
  return bundledProgram(LAUNCHER_BUNDLE, from);
}
