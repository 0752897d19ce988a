import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  post
} from "../chunks/chunk-IYVPGHIU.js";
import "../chunks/chunk-WB4C2XEJ.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-XZQPXDBZ.js";
import "../chunks/chunk-X5PGP75U.js";
import "../chunks/chunk-GWTBGHPU.js";
import "../chunks/chunk-TTX4D52R.js";
import "../chunks/chunk-FKYZEJCT.js";
import "../chunks/chunk-NWCAJ27L.js";
import "../chunks/chunk-WTIJKFMC.js";
import "../chunks/chunk-ADQ474VJ.js";
import "../chunks/chunk-QZFFTLUR.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-3LDRGTA6.js";
import "../chunks/chunk-5EQRWFSI.js";
import "../chunks/chunk-A2HJHLCE.js";
import "../chunks/chunk-TURXASHF.js";
import "../chunks/chunk-LDKJN5PS.js";
import "../chunks/chunk-A24N76KN.js";
import "../chunks/chunk-ADWLS3GG.js";
import "../chunks/chunk-LSSG4IQX.js";
import "../chunks/chunk-YE2ILN26.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-4TPWJTDO.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait-post.ts
post().catch(lastResort);
