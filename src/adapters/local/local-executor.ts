// The local executor moved to executor.ts; this name stays for the modules that import it.
export { LocalExecutor } from './executor.js';
export type { LocalExecutorOptions } from './executor.js';
