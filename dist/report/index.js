import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-KKVEKHIA.js";
import "../chunks/chunk-DXYJLEUY.js";
import "../chunks/chunk-455MYE3G.js";
import "../chunks/chunk-P3L5YWNB.js";
import "../chunks/chunk-LVSQBUYB.js";
import "../chunks/chunk-TKTVF22X.js";
import {
  lastResort
} from "../chunks/chunk-CANQQA5B.js";
import "../chunks/chunk-R3HB4BPP.js";
import "../chunks/chunk-D5FG67Y2.js";
import "../chunks/chunk-5KN5MX2P.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/report.ts
run().catch(lastResort);
