import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  parseS3Url,
  resultKey,
  runPrefix,
  s3Url
} from "./chunk-NHFBFGQW.js";
import "./chunk-YOF47TSW.js";
export {
  parseS3Url,
  resultKey,
  runPrefix,
  s3Url
};
