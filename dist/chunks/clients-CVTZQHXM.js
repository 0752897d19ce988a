import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  createAwsClients,
  destroyAwsClients
} from "./chunk-5JRRB24Q.js";
import "./chunk-NMOG2FNL.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-YOF47TSW.js";
export {
  createAwsClients,
  destroyAwsClients
};
