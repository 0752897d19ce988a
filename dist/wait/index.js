import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-HWJU4GM4.js";
import "../chunks/chunk-IAGB54CO.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-VJQGRW5W.js";
import "../chunks/chunk-M4EWUP3S.js";
import "../chunks/chunk-GWTBGHPU.js";
import "../chunks/chunk-YRGM4YWT.js";
import "../chunks/chunk-56UA57PU.js";
import "../chunks/chunk-NWCAJ27L.js";
import "../chunks/chunk-NFQ5LFSL.js";
import "../chunks/chunk-X53JMZGX.js";
import "../chunks/chunk-GHBA7HKR.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-A3IJ7VXB.js";
import "../chunks/chunk-IM7STALW.js";
import "../chunks/chunk-WTOH6AG7.js";
import "../chunks/chunk-TURXASHF.js";
import "../chunks/chunk-ICJYGTMA.js";
import "../chunks/chunk-MNKOMSUY.js";
import "../chunks/chunk-MAJIINBJ.js";
import "../chunks/chunk-7GCXWL5C.js";
import "../chunks/chunk-YE2ILN26.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-BXYV6MAK.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait.ts
run().catch(lastResort);
