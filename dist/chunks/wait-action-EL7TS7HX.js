import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_WAIT_S,
  MAX_WAIT_CAP_S,
  STATE,
  maxWaitInput,
  post,
  run,
  waitForRun
} from "./chunk-43SBRRPP.js";
import "./chunk-L6TZSNCT.js";
import "./chunk-FQ65RZ4F.js";
import "./chunk-P3L5YWNB.js";
import "./chunk-LVSQBUYB.js";
import "./chunk-TKTVF22X.js";
import "./chunk-QPM26AAX.js";
import "./chunk-FWTET5YP.js";
import "./chunk-5JRRB24Q.js";
import "./chunk-NMOG2FNL.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-CANQQA5B.js";
import "./chunk-R3HB4BPP.js";
import "./chunk-D5FG67Y2.js";
import "./chunk-5KN5MX2P.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-YOF47TSW.js";
export {
  DEFAULT_MAX_WAIT_S,
  MAX_WAIT_CAP_S,
  STATE,
  maxWaitInput,
  post,
  run,
  waitForRun
};
