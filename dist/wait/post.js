import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  post
} from "../chunks/chunk-XMF67NXZ.js";
import "../chunks/chunk-ZWJDQZVU.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-3G25OPW7.js";
import "../chunks/chunk-LGJCFBNN.js";
import "../chunks/chunk-626B7BTF.js";
import "../chunks/chunk-RCNL6FH6.js";
import "../chunks/chunk-2ZZ4VUXV.js";
import "../chunks/chunk-F6DRYOUE.js";
import "../chunks/chunk-ZZXPTZ72.js";
import "../chunks/chunk-ZEZXR3NN.js";
import "../chunks/chunk-ICDWV3ZX.js";
import "../chunks/chunk-LZT3J2VG.js";
import "../chunks/chunk-CZVVTTNT.js";
import "../chunks/chunk-UUKWJKGD.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-CZPZJBGK.js";
import "../chunks/chunk-IKMQC7TS.js";
import "../chunks/chunk-24L2YH3O.js";
import "../chunks/chunk-7WGMSKP7.js";
import "../chunks/chunk-KZ72BSYZ.js";
import "../chunks/chunk-BMANGMBC.js";
import "../chunks/chunk-6XOHPFQI.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-TAWO2BSA.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait-post.ts
post().catch(lastResort);
