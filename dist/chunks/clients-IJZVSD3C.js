import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  createAwsClients,
  destroyAwsClients
} from "./chunk-JLVEN56C.js";
import "./chunk-X6OZTA5U.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-YOF47TSW.js";
export {
  createAwsClients,
  destroyAwsClients
};
