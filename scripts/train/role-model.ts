/**
 * Fits the role tagger on some articles and turns the weights into the model file's data
 * (RoleModelData), so that what cross-validation measures is exactly what ships: the held-out
 * articles are tagged through the run-time code (src/extract/roles/model.ts) with the fold's
 * model put in place of the file.
 */
import { checkRoleModel, ROLE_MODEL_FORMAT, ROW, type RoleModelData } from '../../src/extract/roles/model.js';
import { LABEL_COUNT, ROLE_LABELS } from '../../src/extract/roles/labels.js';
import { TEMPLATES, type Template } from '../../src/extract/roles/features.js';
import { trainCrf, type CrfWeights } from './crf.js';
import { chainExample, selectFeatures, type FeatureSelection, type RoleArticle } from './role-corpus.js';

export interface RoleFitSettings {
  readonly templates: readonly Template[];
  /** 2^bits hash buckets */
  readonly bits: number;
  /** buckets seen fewer times than this in the training articles get no weight */
  readonly minCount: number;
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  readonly seed: number;
}

/** Chain weights are written with this many decimals. */
const DECIMALS = 4;
const round = (x: number): number => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;

export function fitRoleModel(articles: readonly RoleArticle[], settings: RoleFitSettings, card: Record<string, unknown>, log: (line: string) => void): RoleModelData {
  const kept = settings.templates.map((t) => TEMPLATES.indexOf(t));
  const selection = selectFeatures(articles, kept, settings.bits, settings.minCount);
  const dims = selection.bucket.length;
  log(`  ${articles.length} articles, ${dims} of ${1 << settings.bits} buckets seen ≥ ${settings.minCount} times`);
  const examples = articles.map((a) => chainExample(a, selection));
  const weights = trainCrf(examples, { labels: LABEL_COUNT, dims, epochs: settings.epochs, rate: settings.rate, l2: settings.l2, seed: settings.seed }, log);
  return modelData(weights, selection, settings, card);
}

/** The bucket weights as signed bytes: the scale maps the largest weight to 127. */
function modelData(weights: CrfWeights, selection: FeatureSelection, settings: RoleFitSettings, card: Record<string, unknown>): RoleModelData {
  const { w, dims } = weights;
  let largest = 0;
  for (let k = 0; k < dims * ROW; k++) largest = Math.max(largest, Math.abs(w[k] as number));
  const scale = largest === 0 ? 1 : largest / 127;
  const bytes = new Int8Array(ROW << settings.bits);
  for (let c = 0; c < dims; c++) {
    const row = (selection.bucket[c] as number) * ROW;
    for (let l = 0; l < ROW; l++) bytes[row + l] = Math.round((w[c * ROW + l] as number) / scale);
  }
  const tail = Array.from(w.subarray(dims * ROW), round);
  return checkRoleModel({
    format: ROLE_MODEL_FORMAT,
    labels: [...ROLE_LABELS],
    templates: settings.templates.map((t) => t.name),
    bits: settings.bits,
    scale,
    bias: tail.slice(0, ROW),
    start: tail.slice(ROW, ROW + LABEL_COUNT),
    transition: tail.slice(ROW + LABEL_COUNT),
    weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    decisionBias: { cue: 0, source: 0, content: 0 },
    card,
  });
}
