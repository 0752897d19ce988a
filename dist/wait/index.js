import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-PWIP2U7G.js";
import "../chunks/chunk-VKCN4CSC.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-WK2NS5YK.js";
import "../chunks/chunk-PUCEN4SR.js";
import "../chunks/chunk-GWTBGHPU.js";
import "../chunks/chunk-UFUCWGKJ.js";
import "../chunks/chunk-DPSNWGCJ.js";
import "../chunks/chunk-NWCAJ27L.js";
import "../chunks/chunk-7QADKYDD.js";
import "../chunks/chunk-RXMO7T7R.js";
import "../chunks/chunk-I3UOCPAE.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-4OQDBBWX.js";
import "../chunks/chunk-OPZ3GT3A.js";
import "../chunks/chunk-N5NA2DBH.js";
import "../chunks/chunk-TURXASHF.js";
import "../chunks/chunk-N3NB5KB7.js";
import "../chunks/chunk-FJ6YSDE4.js";
import "../chunks/chunk-Y4CTCCMJ.js";
import "../chunks/chunk-7PMFJ2XS.js";
import "../chunks/chunk-YE2ILN26.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-4TPWJTDO.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait.ts
run().catch(lastResort);
