import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ZOOM,
  drawSpec,
  renderChart,
  specToSvg
} from "./chunk-Z5OA2EDV.js";
import "./chunk-F7FWHAH2.js";
import "./chunk-DC5JPALC.js";
import "./chunk-HANBNIMK.js";
export {
  ZOOM,
  drawSpec,
  renderChart,
  specToSvg
};
