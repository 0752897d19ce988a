import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  attachedExecutor,
  s3Run
} from "./chunk-MGKBMMXG.js";
import "./chunk-2JA4H5LY.js";
import "./chunk-JLVEN56C.js";
import "./chunk-X6OZTA5U.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-R3HB4BPP.js";
import "./chunk-HFO7UFCX.js";
import "./chunk-YOF47TSW.js";
export {
  attachedExecutor,
  s3Run
};
