import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  post
} from "../chunks/chunk-43SBRRPP.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-P3L5YWNB.js";
import "../chunks/chunk-LVSQBUYB.js";
import "../chunks/chunk-TKTVF22X.js";
import "../chunks/chunk-QPM26AAX.js";
import "../chunks/chunk-FWTET5YP.js";
import "../chunks/chunk-5JRRB24Q.js";
import "../chunks/chunk-NMOG2FNL.js";
import "../chunks/chunk-NHFBFGQW.js";
import {
  lastResort
} from "../chunks/chunk-CANQQA5B.js";
import "../chunks/chunk-R3HB4BPP.js";
import "../chunks/chunk-D5FG67Y2.js";
import "../chunks/chunk-5KN5MX2P.js";
import "../chunks/chunk-XDJRVNJT.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/wait-post.ts
post().catch(lastResort);
