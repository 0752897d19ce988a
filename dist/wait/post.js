import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  post
} from "../chunks/chunk-64I3AKQ6.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-4275DTTO.js";
import "../chunks/chunk-ZEPKX7LH.js";
import "../chunks/chunk-OC537YOA.js";
import "../chunks/chunk-TK2KBLDO.js";
import "../chunks/chunk-IUIKERM2.js";
import "../chunks/chunk-AOTHWVHG.js";
import "../chunks/chunk-GPUWSTRX.js";
import "../chunks/chunk-67YVL64B.js";
import "../chunks/chunk-7BPCOSX3.js";
import "../chunks/chunk-JKTS2Z3B.js";
import "../chunks/chunk-YVBWJNJQ.js";
import "../chunks/chunk-WFO6RGOB.js";
import "../chunks/chunk-NHFBFGQW.js";
import "../chunks/chunk-S2V6XSF3.js";
import "../chunks/chunk-7BHWKGMM.js";
import "../chunks/chunk-ZBA22EBP.js";
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

// src/entrypoints/wait-post.ts
post().catch(lastResort);
