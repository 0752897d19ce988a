import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-VTNNVRC5.js";
import "../chunks/chunk-M6TF66QN.js";
import "../chunks/chunk-WZLYGAHJ.js";
import "../chunks/chunk-E53CW332.js";
import "../chunks/chunk-C7VDCKXV.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-4275DTTO.js";
import "../chunks/chunk-ZEPKX7LH.js";
import "../chunks/chunk-OC537YOA.js";
import "../chunks/chunk-TK2KBLDO.js";
import "../chunks/chunk-IUIKERM2.js";
import "../chunks/chunk-S2V6XSF3.js";
import {
  lastResort
} from "../chunks/chunk-Q2WPO4VC.js";
import "../chunks/chunk-2LEEVQUZ.js";
import "../chunks/chunk-5IC2YQ4X.js";
import "../chunks/chunk-IHG27KF4.js";
import "../chunks/chunk-VW7L6ZQL.js";
import "../chunks/chunk-KVZNUJPT.js";
import "../chunks/chunk-Q3NR4BZE.js";
import "../chunks/chunk-I3F55QQV.js";
import "../chunks/chunk-WZ3PWTB2.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/report.ts
run().catch(lastResort);
