// placeholder: overwritten by scripts/train-cue-model.ts
import type { CueModelData } from '../../extract/cues/learned-cues.js';

export const CUE_MODEL: CueModelData = { version: 0, bias: -10, threshold: 0.5, trainedOn: 'nothing', features: {}, metrics: {} };
