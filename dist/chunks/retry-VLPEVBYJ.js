import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  abortableSleep,
  backoffMs,
  classifyFailure,
  defaultClock,
  retryPolicy,
  withRetry
} from "./chunk-7BPCOSX3.js";
import "./chunk-YOF47TSW.js";
export {
  abortableSleep,
  backoffMs,
  classifyFailure,
  defaultClock,
  retryPolicy,
  withRetry
};
