import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPrivateRepository,
  outputPaths,
  publishToGitHub
} from "./chunk-67OTUSNR.js";
import "./chunk-JOLKKDYC.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-GII23YNS.js";
import "./chunk-INJNKERU.js";
import "./chunk-TYINA3X2.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-WJ2VDHP6.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-GRHMLKUN.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  isPrivateRepository,
  outputPaths,
  publishToGitHub
};
