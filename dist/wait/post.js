import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  post
} from "../chunks/chunk-YWN7E42A.js";
import "../chunks/chunk-CNCVAXJ7.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-5PJJW5XX.js";
import "../chunks/chunk-SX6WXSDP.js";
import "../chunks/chunk-4LGYVC65.js";
import "../chunks/chunk-RJGB3YDS.js";
import "../chunks/chunk-2PSV7WMM.js";
import "../chunks/chunk-K2FX43V4.js";
import "../chunks/chunk-HADUC3NH.js";
import "../chunks/chunk-B54ZDRTI.js";
import "../chunks/chunk-ARO3GKVQ.js";
import "../chunks/chunk-VIHL2KRB.js";
import "../chunks/chunk-ORBO64A7.js";
import "../chunks/chunk-ET2Z5CFO.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-XQA4ZAUC.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-NZPLPDYM.js";
import "../chunks/chunk-CWFLCHSU.js";
import "../chunks/chunk-T4VO73CT.js";
import "../chunks/chunk-YYVGTQZX.js";
import "../chunks/chunk-A44LHXHL.js";
import "../chunks/chunk-SIQR2AZH.js";
import "../chunks/chunk-YTWLBMZJ.js";
import "../chunks/chunk-7LCVCKSI.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-OE34II5Z.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait-post.ts
post().catch(lastResort);
