import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  backoffMs,
  classifyFailure,
  defaultClock,
  pagesWithRetry,
  retryPolicy,
  withRetry
} from "./chunk-Y2VSR4A3.js";
import {
  abortableSleep
} from "./chunk-UXTHCZ3I.js";
import "./chunk-YOF47TSW.js";
export {
  abortableSleep,
  backoffMs,
  classifyFailure,
  defaultClock,
  pagesWithRetry,
  retryPolicy,
  withRetry
};
