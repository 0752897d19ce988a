import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  post
} from "../chunks/chunk-XBGTGEOZ.js";
import "../chunks/chunk-3HOENV3B.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-UJ5U4E3T.js";
import "../chunks/chunk-PX66W4PM.js";
import "../chunks/chunk-Q7YPMEYF.js";
import "../chunks/chunk-IHS6HODI.js";
import "../chunks/chunk-OT4M46ZP.js";
import "../chunks/chunk-PCOO4AUM.js";
import "../chunks/chunk-O3ORAIZJ.js";
import "../chunks/chunk-JAIEPGDE.js";
import "../chunks/chunk-ZICSWDWD.js";
import "../chunks/chunk-WIPXEUKK.js";
import "../chunks/chunk-ZQKXGOZC.js";
import "../chunks/chunk-V567KNLP.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-NQHUSQND.js";
import "../chunks/chunk-VOQEI2KR.js";
import "../chunks/chunk-KFIQG7ZT.js";
import "../chunks/chunk-LMUWDWVK.js";
import "../chunks/chunk-6YQU7JZ4.js";
import "../chunks/chunk-QWI4ZYKB.js";
import "../chunks/chunk-EM5JZNXM.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-TAWO2BSA.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait-post.ts
post().catch(lastResort);
