import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  S3Io,
  isMissing,
  mapLimit
} from "./chunk-3U5GN7DB.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-7BPCOSX3.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-YOF47TSW.js";
export {
  S3Io,
  isMissing,
  mapLimit
};
