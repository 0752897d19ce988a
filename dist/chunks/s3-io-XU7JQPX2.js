import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  S3Io,
  isMissing,
  mapLimit
} from "./chunk-DE4P34PD.js";
import "./chunk-Y2VSR4A3.js";
import "./chunk-UXTHCZ3I.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-YOF47TSW.js";
export {
  S3Io,
  isMissing,
  mapLimit
};
