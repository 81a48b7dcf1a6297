import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ZOOM,
  drawSpec,
  renderChart,
  specToSvg
} from "./chunk-43XPO4AB.js";
import "./chunk-35XIICGF.js";
import "./chunk-DC5JPALC.js";
import "./chunk-HANBNIMK.js";
export {
  ZOOM,
  drawSpec,
  renderChart,
  specToSvg
};
