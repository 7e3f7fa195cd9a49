/**
 * The French pipeline: French tokens (elisions and inversions split), the French cue lexicon,
 * French rules read from lexicons and patterns (wink's POS tags are English), the shared
 * refiners, French names, chrono's French dates and the French words for the resolvers. No
 * role tagger: it was trained on English.
 */
import { buildFrenchCueLexicon } from '../extract/cues/fr/cue-lexicon.js';
import { incise } from '../extract/attributions/fr/incise.js';
import { selon } from '../extract/attributions/fr/selon.js';
import { speakerColon } from '../extract/attributions/fr/speaker-colon.js';
import { verbFrames } from '../extract/attributions/fr/verb-frames.js';
import { attachContinuedQuotes, classifyKinds, dropDuplicates, mergeSplitQuotes } from '../extract/attributions/refine.js';
import { FRENCH_DATES } from '../extract/dates/fr/locale.js';
import { findNames } from '../extract/entities/fr/names.js';
import { FRENCH_RESOLVE } from '../resolve/fr/language.js';
import type { LanguagePipeline } from './pipeline.js';

export const frenchPipeline: LanguagePipeline = {
  tokens: 'fr',
  cues: buildFrenchCueLexicon(),
  extractors: [verbFrames, incise, selon, speakerColon],
  refiners: [],
  learned: null,
  finishers: [dropDuplicates, mergeSplitQuotes, attachContinuedQuotes, classifyKinds],
  names: findNames,
  dates: FRENCH_DATES,
  resolve: FRENCH_RESOLVE,
};
