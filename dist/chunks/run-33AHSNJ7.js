import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPrivateRepository,
  outputPaths,
  publishToGitHub
} from "./chunk-EH34UKDY.js";
import "./chunk-SW2NGKBI.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-OSAWH76Q.js";
import "./chunk-INJNKERU.js";
import "./chunk-QCAYDPGW.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-W7Y2WGML.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-AY7CEEFQ.js";
import "./chunk-LEP5OP7O.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  isPrivateRepository,
  outputPaths,
  publishToGitHub
};
