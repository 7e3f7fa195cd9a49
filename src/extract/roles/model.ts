/**
 * The role tagger's model: a linear-chain CRF over the seven role labels (labels.ts) whose
 * emission scores are sums of hashed feature weights (features.ts). models/en-roles.json, written
 * by npm run train, holds the chain weights and one row of six weights (the labels after O) per
 * hash bucket, as signed bytes times a scale, in base64: a fixed size whatever the vocabulary.
 * This file reads it once and scores a text's tokens.
 */
import type { RuleInput } from '../attributions/input.js';
import { loadModel } from '../../models/load.js';
import type { ChainWeights } from '../sequence/chain.js';
import { AFTER_HASH, BEFORE_HASH, featureHashes, isWordTemplate, TEMPLATES, wordTemplateHash, wordTypeCount, wordTypeGeneration, wordTypesOf, withRoom, type Template } from './features.js';
import { LABEL_COUNT, ROLE_LABELS, roleOf, ROLES, type Role } from './labels.js';
import type { RuleMarks } from './rule-marks.js';

export const ROLE_MODEL_FILE = 'en-roles.json';
export const ROLE_MODEL_FORMAT = 'whosaid.role-crf/2';

/** Weights per bucket: one per label after O (O scores 0). */
export const ROW = LABEL_COUNT - 1;

/** What models/en-roles.json holds. */
export interface RoleModelData {
  readonly format: typeof ROLE_MODEL_FORMAT;
  readonly labels: readonly string[];
  /** the names of the templates the model was trained with */
  readonly templates: readonly string[];
  /** 2^bits hash buckets */
  readonly bits: number;
  /** a bucket weight is its signed byte times this */
  readonly scale: number;
  /** per label after O, its bias */
  readonly bias: readonly number[];
  /** a chain's first label, all labels */
  readonly start: readonly number[];
  /** neighbouring labels, from · labels + to */
  readonly transition: readonly number[];
  /** base64 of 2^bits · ROW signed bytes, bucket-major */
  readonly weights: string;
  /** added to a role's B and I scores before decoding (chosen by cross-validation) */
  readonly decisionBias: Readonly<Record<Role, number>>;
  /** how it was made and measured, for the record */
  readonly card: Readonly<Record<string, unknown>>;
}

export function checkRoleModel(value: unknown): RoleModelData {
  const m = value as Partial<RoleModelData> | null;
  if (!m || m.format !== ROLE_MODEL_FORMAT) throw new Error(`not a ${ROLE_MODEL_FORMAT} model`);
  if (JSON.stringify(m.labels) !== JSON.stringify(ROLE_LABELS)) throw new Error('the labels differ from this version of whosaid');
  if (m.bias?.length !== ROW || m.start?.length !== LABEL_COUNT || m.transition?.length !== LABEL_COUNT * LABEL_COUNT) {
    throw new Error('the chain weights have the wrong length');
  }
  if (typeof m.decisionBias !== 'object' || m.decisionBias === null || ROLES.some((r) => typeof m.decisionBias?.[r] !== 'number')) throw new Error('no decision bias');
  if (typeof m.bits !== 'number' || m.bits < 1 || m.bits > 26 || typeof m.scale !== 'number' || typeof m.weights !== 'string') throw new Error('no bucket weights');
  const unknown = (m.templates ?? []).find((name) => !TEMPLATES.some((t) => t.name === name));
  if (unknown !== undefined) throw new Error(`the template "${unknown}" is unknown to this version of whosaid`);
  return m as RoleModelData;
}

/** The word templates (features.ts, isWordTemplate) that read one offset. */
interface WordGroup {
  readonly offset: number;
  readonly templates: readonly Template[];
}

export interface CompiledRoleModel {
  readonly chain: ChainWeights;
  readonly templates: readonly Template[];
  readonly bits: number;
  /** 2^bits · ROW weights as signed bytes (the file's, unscaled: a quarter of the memory of floats, so more of the table stays in cache) */
  readonly weights: Int8Array;
  readonly scale: number;
  /** per label after O, its bias plus its role's decision bias */
  readonly bias: readonly number[];
  /** the templates whose features are hashed token by token */
  readonly contextTemplates: readonly Template[];
  /** the word templates, by offset: their weights are summed once per word type */
  readonly wordGroups: readonly WordGroup[];
  /** per word group, ROW integer sums outside the sentence, before it and after it */
  readonly before: Int32Array;
  readonly after: Int32Array;
  /** the word groups' sums per word type id, filled as types are met (wordRowsFor) */
  readonly typeRows: TypeRows;
}

/** Per word type id, its word groups' ROW sums each (G · ROW per type, id-major), for one generation of type ids. */
interface TypeRows {
  generation: number;
  rows: Int32Array<ArrayBuffer>;
  /** how many ids have their rows filled: ids are handed out in order, so these are 0 … filled − 1 */
  filled: number;
}

/** The ROW integer sums of each word group's templates at a word (or outside the sentence). */
function groupRows(weights: Int8Array, bits: number, groups: readonly WordGroup[], type: number | null, edge?: number, out = new Int32Array(groups.length * ROW), at = 0): Int32Array {
  const shift = 32 - bits;
  groups.forEach((g, k) => {
    for (const t of g.templates) {
      const row = (wordTemplateHash(t, type, edge) >>> shift) * ROW;
      for (let l = 0; l < ROW; l++) out[at + k * ROW + l] = (out[at + k * ROW + l] as number) + (weights[row + l] as number);
    }
  });
  return out;
}

export function compileRoleModel(model: RoleModelData): CompiledRoleModel {
  const bytes = Buffer.from(model.weights, 'base64');
  if (bytes.length !== ROW << model.bits) throw new Error(`role model: ${bytes.length} weight bytes for ${model.bits} bits`);
  const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const templates = model.templates.map((name) => TEMPLATES.find((t) => t.name === name) as Template);
  const offsets = [...new Set(templates.filter(isWordTemplate).map((t) => (t.parts[0] as readonly [string, number])[1]))].sort((a, b) => a - b);
  const wordGroups = offsets.map((offset) => ({ offset, templates: templates.filter((t) => isWordTemplate(t) && (t.parts[0] as readonly [string, number])[1] === offset) }));
  return {
    scale: model.scale,
    chain: { labels: LABEL_COUNT, start: model.start, transition: model.transition },
    templates,
    bits: model.bits,
    weights,
    // the decision bias (chosen by cross-validation) trades precision for recall per role
    bias: model.bias.map((b, k) => b + model.decisionBias[roleOf(k + 1) as Role]),
    contextTemplates: templates.filter((t) => !isWordTemplate(t)),
    wordGroups,
    before: groupRows(weights, model.bits, wordGroups, null, BEFORE_HASH),
    after: groupRows(weights, model.bits, wordGroups, null, AFTER_HASH),
    typeRows: { generation: -1, rows: new Int32Array(0), filled: 0 },
  };
}

let compiled: CompiledRoleModel | undefined;
let compiledFrom: RoleModelData | undefined;

/** The compiled model of models/en-roles.json (or of what training put in its place). */
export function roleModel(): CompiledRoleModel {
  const data = loadModel(ROLE_MODEL_FILE, checkRoleModel);
  if (compiled === undefined || compiledFrom !== data) {
    compiled = compileRoleModel(data);
    compiledFrom = data;
  }
  return compiled;
}

/** The word groups' sums of every word type id met so far under this model (G · ROW per id). */
function wordRowsFor(model: CompiledRoleModel): Int32Array {
  const cache = model.typeRows;
  const per = model.wordGroups.length * ROW;
  if (cache.generation !== wordTypeGeneration()) Object.assign(cache, { generation: wordTypeGeneration(), rows: new Int32Array(per * 4096), filled: 0 });
  const count = wordTypeCount();
  if (cache.filled >= count) return cache.rows;
  cache.rows = withRoom(cache.rows, count * per);
  for (let id = cache.filled; id < count; id++) groupRows(model.weights, model.bits, model.wordGroups, id, undefined, cache.rows, id * per);
  cache.filled = count;
  return cache.rows;
}

/**
 * Per token, LABEL_COUNT emission scores (O first, always 0): the bias plus the bucket row of
 * each feature, the word templates' rows summed per word type and the others' per token.
 */
export function roleEmissions(input: RuleInput, rules: RuleMarks | null, model: CompiledRoleModel = roleModel()): Float64Array {
  const n = input.tokens.length;
  const T = model.contextTemplates.length;
  const types = wordTypesOf(input.tokens);
  const hashes = featureHashes(input, rules, model.contextTemplates, types);
  const words = wordRowsFor(model);
  const per = model.wordGroups.length * ROW;
  const groups = model.wordGroups;
  const shift = 32 - model.bits;
  const { weights, bias, scale, before, after } = model;
  const emit = new Float64Array(n * LABEL_COUNT);
  const G = groups.length;
  const offsets = Int32Array.from(groups, (g) => g.offset);
  // integer sums in six locals (not an array: this loop is the tagger's hottest), scaled once
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0;
  for (const { first, last } of input.sentences) {
    for (let i = first; i < last; i++) {
      s0 = s1 = s2 = s3 = s4 = s5 = 0;
      for (let k = i * T; k < (i + 1) * T; k++) {
        const row = ((hashes[k] as number) >>> shift) * ROW;
        s0 += weights[row] as number;
        s1 += weights[row + 1] as number;
        s2 += weights[row + 2] as number;
        s3 += weights[row + 3] as number;
        s4 += weights[row + 4] as number;
        s5 += weights[row + 5] as number;
      }
      for (let g = 0; g < G; g++) {
        const j = i + (offsets[g] as number);
        const inside = j >= first && j < last;
        const rows = inside ? words : j < first ? before : after;
        const at = (inside ? (types[j] as number) * per : 0) + g * ROW;
        s0 += rows[at] as number;
        s1 += rows[at + 1] as number;
        s2 += rows[at + 2] as number;
        s3 += rows[at + 3] as number;
        s4 += rows[at + 4] as number;
        s5 += rows[at + 5] as number;
      }
      const at = i * LABEL_COUNT + 1;
      emit[at] = (bias[0] as number) + s0 * scale;
      emit[at + 1] = (bias[1] as number) + s1 * scale;
      emit[at + 2] = (bias[2] as number) + s2 * scale;
      emit[at + 3] = (bias[3] as number) + s3 * scale;
      emit[at + 4] = (bias[4] as number) + s4 * scale;
      emit[at + 5] = (bias[5] as number) + s5 * scale;
    }
  }
  return emit;
}
