import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  createAwsClients,
  destroyAwsClients
} from "./chunk-XXFM5XYT.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-URRULC7X.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-5QAU4Q5S.js";
import "./chunk-YOF47TSW.js";
export {
  createAwsClients,
  destroyAwsClients
};
