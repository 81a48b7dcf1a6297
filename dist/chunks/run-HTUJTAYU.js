import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPrivateRepository,
  outputPaths,
  publishToGitHub
} from "./chunk-2BTVVZWT.js";
import "./chunk-CFR4JBBP.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-RYUX4JCO.js";
import "./chunk-INJNKERU.js";
import "./chunk-45VJK4ZM.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-22TIUVHP.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-GHA2Y336.js";
import "./chunk-2SSIAEAY.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  isPrivateRepository,
  outputPaths,
  publishToGitHub
};
