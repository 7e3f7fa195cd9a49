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
import { featureHashes, TEMPLATES, type Template } from './features.js';
import { LABEL_COUNT, ROLE_LABELS, ROLES, type Role } from './labels.js';
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

export interface CompiledRoleModel {
  readonly chain: ChainWeights;
  readonly templates: readonly Template[];
  readonly bits: number;
  /** 2^bits · ROW weights as signed bytes (the file's, unscaled: a quarter of the memory of floats, so more of the table stays in cache) */
  readonly weights: Int8Array;
  readonly scale: number;
  readonly bias: readonly number[];
  readonly decisionBias: Readonly<Record<Role, number>>;
}

export function compileRoleModel(model: RoleModelData): CompiledRoleModel {
  const bytes = Buffer.from(model.weights, 'base64');
  if (bytes.length !== ROW << model.bits) throw new Error(`role model: ${bytes.length} weight bytes for ${model.bits} bits`);
  const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  return {
    scale: model.scale,
    chain: { labels: LABEL_COUNT, start: model.start, transition: model.transition },
    templates: model.templates.map((name) => TEMPLATES.find((t) => t.name === name) as Template),
    bits: model.bits,
    weights,
    bias: model.bias,
    decisionBias: model.decisionBias,
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

/** Per token, LABEL_COUNT emission scores (O first, always 0): the bias plus each feature's bucket row. */
export function roleEmissions(input: RuleInput, rules: RuleMarks | null, model: CompiledRoleModel = roleModel()): Float64Array {
  const n = input.tokens.length;
  const T = model.templates.length;
  const hashes = featureHashes(input, rules, model.templates);
  const shift = 32 - model.bits;
  const { weights, bias, scale } = model;
  const emit = new Float64Array(n * LABEL_COUNT);
  // integer sums per token, scaled once
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0;
  for (let i = 0; i < n; i++) {
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
    const at = i * LABEL_COUNT + 1;
    emit[at] = (bias[0] as number) + s0 * scale;
    emit[at + 1] = (bias[1] as number) + s1 * scale;
    emit[at + 2] = (bias[2] as number) + s2 * scale;
    emit[at + 3] = (bias[3] as number) + s3 * scale;
    emit[at + 4] = (bias[4] as number) + s4 * scale;
    emit[at + 5] = (bias[5] as number) + s5 * scale;
  }
  return emit;
}
