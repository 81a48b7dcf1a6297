import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PrivateModelsToPublic,
  checkPrivateModelsDestinations
} from "./chunk-JX2QQVWI.js";
import "./chunk-EFZVV26J.js";
import "./chunk-HBLMW33M.js";
import "./chunk-5Y4OSMB5.js";
import "./chunk-S3BDZRKX.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-72RL2NVS.js";
import "./chunk-INJNKERU.js";
import "./chunk-DX55IWLF.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-CKS3OQCL.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-ZRBCR7ZX.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  PrivateModelsToPublic,
  checkPrivateModelsDestinations
};
