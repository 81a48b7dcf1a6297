import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ZOOM,
  drawSpec,
  renderChart,
  specToSvg
} from "./chunk-C6XJXVSR.js";
import "./chunk-FORYZD3Y.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  ZOOM,
  drawSpec,
  renderChart,
  specToSvg
};
