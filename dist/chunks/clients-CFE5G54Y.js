import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  createAwsClients,
  destroyAwsClients
} from "./chunk-YV7HGY57.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-Q3DG3QJW.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-YOF47TSW.js";
export {
  createAwsClients,
  destroyAwsClients
};
