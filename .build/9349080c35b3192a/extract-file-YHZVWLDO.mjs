import {
  extractBytes,
  extractFile
} from "./chunk-GD227YQD.mjs";
import "./chunk-Z2SMPQQD.mjs";
import "./chunk-PQ46OHWZ.mjs";
import "./chunk-ZMMWVS5X.mjs";
import "./chunk-VXHWECNZ.mjs";
export {
  extractBytes,
  extractFile
};
//# sourceMappingURL=extract-file-YHZVWLDO.mjs.map
