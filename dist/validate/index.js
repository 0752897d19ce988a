import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-MNIJX6EF.js";
import "../chunks/chunk-455MYE3G.js";
import "../chunks/chunk-UV5OW47J.js";
import "../chunks/chunk-TKTVF22X.js";
import {
  lastResort
} from "../chunks/chunk-CANQQA5B.js";
import "../chunks/chunk-R3HB4BPP.js";
import "../chunks/chunk-D5FG67Y2.js";
import "../chunks/chunk-5KN5MX2P.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/validate.ts
run().catch(lastResort);
