import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-ZDIKN6GX.js";
import "../chunks/chunk-FFQUWNLU.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-BCV2KSHC.js";
import "../chunks/chunk-WTBCTQ64.js";
import "../chunks/chunk-BV3CE2RM.js";
import "../chunks/chunk-HDPBCJAF.js";
import "../chunks/chunk-BX5RNA6X.js";
import "../chunks/chunk-IDKA6NIN.js";
import "../chunks/chunk-YQONJ5GW.js";
import "../chunks/chunk-J2JZPFJP.js";
import "../chunks/chunk-W7VCPOOQ.js";
import "../chunks/chunk-HJ7YDIEQ.js";
import "../chunks/chunk-QOQV3TKJ.js";
import "../chunks/chunk-CYWH7RLO.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-R5ILCIO6.js";
import "../chunks/chunk-K5SYIA6H.js";
import "../chunks/chunk-6ER6D733.js";
import "../chunks/chunk-IKVQ3UZE.js";
import "../chunks/chunk-ZJ7P47FN.js";
import "../chunks/chunk-V7QLYZ3C.js";
import "../chunks/chunk-YTWLBMZJ.js";
import "../chunks/chunk-DCM4P5SK.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-EAYGZ77P.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait.ts
run().catch(lastResort);
