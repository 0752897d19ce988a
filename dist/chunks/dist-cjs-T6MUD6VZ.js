import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  require_dist_cjs3 as require_dist_cjs
} from "./chunk-NMOG2FNL.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-YOF47TSW.js";
export default require_dist_cjs();
