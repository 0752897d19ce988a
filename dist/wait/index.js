import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-5ZFBQF2I.js";
import "../chunks/chunk-UJ2FT4DV.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-P5WCWDXW.js";
import "../chunks/chunk-N7ZMBRUI.js";
import "../chunks/chunk-4LGYVC65.js";
import "../chunks/chunk-WCYOIPEJ.js";
import "../chunks/chunk-TXZYFU3H.js";
import "../chunks/chunk-K2FX43V4.js";
import "../chunks/chunk-BGVOKEUG.js";
import "../chunks/chunk-SFNJGLEI.js";
import "../chunks/chunk-ARO3GKVQ.js";
import "../chunks/chunk-S22EUROY.js";
import "../chunks/chunk-QUWSK54Q.js";
import "../chunks/chunk-ET2Z5CFO.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-XQA4ZAUC.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-BGJCJGPE.js";
import "../chunks/chunk-2ITNZD2H.js";
import "../chunks/chunk-KPTYM2DI.js";
import "../chunks/chunk-3KDDM3I6.js";
import "../chunks/chunk-EWRXTUVU.js";
import "../chunks/chunk-ERI7YOYI.js";
import "../chunks/chunk-YTWLBMZJ.js";
import "../chunks/chunk-7LCVCKSI.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-NRC5BBIO.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait.ts
run().catch(lastResort);
