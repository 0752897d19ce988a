import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-VOY4TYZ7.js";
import "../chunks/chunk-E53CW332.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-TK2KBLDO.js";
import "../chunks/chunk-IUIKERM2.js";
import "../chunks/chunk-7ZIUSCDX.js";
import "../chunks/chunk-EOX5KEKI.js";
import "../chunks/chunk-CEYZTDDQ.js";
import {
  lastResort
} from "../chunks/chunk-F7N2YFK6.js";
import "../chunks/chunk-2LEEVQUZ.js";
import "../chunks/chunk-5IC2YQ4X.js";
import "../chunks/chunk-4Z53PA5B.js";
import "../chunks/chunk-T32KVXP4.js";
import "../chunks/chunk-KVZNUJPT.js";
import "../chunks/chunk-5I2KUNOQ.js";
import "../chunks/chunk-I3F55QQV.js";
import "../chunks/chunk-WZ3PWTB2.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/validate.ts
run().catch(lastResort);
