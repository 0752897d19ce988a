import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  attachedExecutor,
  s3Run
} from "./chunk-QPM26AAX.js";
import "./chunk-FWTET5YP.js";
import "./chunk-5JRRB24Q.js";
import "./chunk-NMOG2FNL.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-R3HB4BPP.js";
import "./chunk-5KN5MX2P.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-YOF47TSW.js";
export {
  attachedExecutor,
  s3Run
};
