import type { BuildOptions } from 'esbuild';

export declare const launcherBuild: BuildOptions;
export declare function buildLauncher(options?: BuildOptions): Promise<void>;
