/**
 * The English pipeline: the only place where the order of rules is decided. Read top to
 * bottom: rules propose candidates and refiners rewrite the list; the role tagger reads them
 * with everything else and decides the attributions; finishers tidy the list, then resolve/
 * makes statements.
 */
import { ENGLISH_CUES } from '../extract/cues/cue-lexicon.js';
import { accordingTo, isPossessiveWordsFrame } from '../extract/attributions/en/according-to.js';
import { dropLightVerbs } from '../extract/attributions/en/light-verbs.js';
import { joinDocumentCues } from '../extract/attributions/en/document-cues.js';
import { dropReportedActions } from '../extract/attributions/en/reported-actions.js';
import { dropPostModifiers } from '../extract/attributions/en/post-modifiers.js';
import { quoteDash } from '../extract/attributions/en/quote-dash.js';
import { speakerColon } from '../extract/attributions/en/speaker-colon.js';
import { sourcelessFrames } from '../extract/attributions/en/sourceless-frames.js';
import { learnedVerbFrame, verbFrames } from '../extract/attributions/en/verb-frames.js';
import { decideWithRoleTagger } from '../extract/roles/decide.js';
import { attachContinuedQuotes, classifyKinds, dropDuplicates, mergeSplitQuotes } from '../extract/attributions/refine.js';
import { findNames } from '../extract/entities/en/names.js';
import { ENGLISH_DATES } from '../extract/dates/en/locale.js';
import { ENGLISH_RESOLVE } from '../resolve/en/language.js';
import type { LanguagePipeline } from './pipeline.js';

export const englishPipeline: LanguagePipeline = {
  tokens: 'en',
  cues: ENGLISH_CUES,
  extractors: [verbFrames, accordingTo, speakerColon, quoteDash, sourcelessFrames],
  refiners: [joinDocumentCues, dropLightVerbs, dropReportedActions, dropPostModifiers, dropDuplicates],
  learned: decideWithRoleTagger(learnedVerbFrame, isPossessiveWordsFrame),
  finishers: [dropDuplicates, mergeSplitQuotes, attachContinuedQuotes, classifyKinds],
  names: findNames,
  dates: ENGLISH_DATES,
  resolve: ENGLISH_RESOLVE,
};
