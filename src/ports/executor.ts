// The executor's types are part of the backend port; this module keeps the older import path.
export type { ExecuteOptions, Executor, ExecutorEvent } from './backend.js';
