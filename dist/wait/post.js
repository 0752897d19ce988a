import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  post
} from "../chunks/chunk-FLIM5VLM.js";
import "../chunks/chunk-I2ZFK4MF.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-SFQDLG22.js";
import "../chunks/chunk-AI55AL75.js";
import "../chunks/chunk-2AXQZJG2.js";
import "../chunks/chunk-OAS5Y6YF.js";
import "../chunks/chunk-LHUXOKNG.js";
import "../chunks/chunk-GLUQRKIH.js";
import "../chunks/chunk-AQSJFRI5.js";
import "../chunks/chunk-QIU45YBX.js";
import "../chunks/chunk-QQBHNGI3.js";
import "../chunks/chunk-ED5YXEUH.js";
import "../chunks/chunk-IYDOW3JS.js";
import "../chunks/chunk-Q2R6GQXV.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-TCJBCHZ3.js";
import "../chunks/chunk-G5CB4YTS.js";
import "../chunks/chunk-ICJCCSSU.js";
import "../chunks/chunk-56WM7JRE.js";
import "../chunks/chunk-UH2UDAMN.js";
import "../chunks/chunk-KK4INHHB.js";
import "../chunks/chunk-Y27ZG434.js";
import "../chunks/chunk-DCM4P5SK.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-EAYGZ77P.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait-post.ts
post().catch(lastResort);
