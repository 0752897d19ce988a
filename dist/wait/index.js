import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-U22D2FQ4.js";
import "../chunks/chunk-OEHDALZA.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-VJQGRW5W.js";
import "../chunks/chunk-WJHND6VH.js";
import "../chunks/chunk-JHGNTOCR.js";
import "../chunks/chunk-XCJX3GXI.js";
import "../chunks/chunk-YBY2GSWG.js";
import "../chunks/chunk-EURCCZ4I.js";
import "../chunks/chunk-WCTRUXUB.js";
import "../chunks/chunk-LBKWMMWJ.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  lastResort
} from "../chunks/chunk-UZCDPZT5.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-X4MOQ6EC.js";
import "../chunks/chunk-VV4HZU6K.js";
import "../chunks/chunk-COL6PGIB.js";
import "../chunks/chunk-YYREWPTX.js";
import "../chunks/chunk-PNPXLL7V.js";
import "../chunks/chunk-7ARILE3U.js";
import "../chunks/chunk-SAVLUPNP.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-2C3IZI2I.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait.ts
run().catch(lastResort);
