import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  backoffMs,
  classifyFailure,
  defaultClock,
  retryPolicy,
  withRetry
} from "./chunk-JM6NC3UU.js";
import {
  abortableSleep
} from "./chunk-UXTHCZ3I.js";
import "./chunk-YOF47TSW.js";
export {
  abortableSleep,
  backoffMs,
  classifyFailure,
  defaultClock,
  retryPolicy,
  withRetry
};
