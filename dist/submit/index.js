import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-GPBLVSFK.js";
import "../chunks/chunk-BPXC5MKQ.js";
import "../chunks/chunk-76HS77CX.js";
import "../chunks/chunk-UV5OW47J.js";
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

// src/entrypoints/submit.ts
run().catch(lastResort);
