import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  JOB_RESULTS_FOLDER,
  jobResultsPrefix,
  parseS3Url,
  resultKey,
  runPrefix,
  s3Url
} from "./chunk-CUX4I5XE.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";
export {
  JOB_RESULTS_FOLDER,
  jobResultsPrefix,
  parseS3Url,
  resultKey,
  runPrefix,
  s3Url
};
