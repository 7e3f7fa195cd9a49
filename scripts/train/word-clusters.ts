/**
 * Builds models/en-word-clusters.json: word clusters learned without labels from the article
 * texts of ../shared/data/polnear/train (only train: dev stays unseen), read by
 * src/extract/roles/word-clusters.ts as features of the role tagger.
 *
 *   npx tsx scripts/train/word-clusters.ts [--seed 1] [--out models/en-word-clusters.json]
 *
 * 1. Every text is tokenised by the analysis's own tokenize() and keyed by clusterKey(), so
 *    training sees the words run time will look up.
 * 2. Each word seen minCount times or more is described by its neighbours: counts of the word two
 *    and one to the left and one and two to the right, among the contextWords most frequent words
 *    (plus "sentence boundary" and "any other word"), the far ones at half weight. Words used
 *    alike share neighbours ("said" and "told" follow names and precede "that").
 * 3. The counts are weighted by positive PMI (context probabilities smoothed by the power 0.75, so
 *    rare neighbours do not dominate) and reduced to `dimensions` by a seeded randomized SVD
 *    (Halko, Martinsson and Tropp 2011), each dimension scaled by the square root of its singular
 *    value, then L2-normalised.
 * 4. Seeded k-means++ on the cosine (spherical k-means) groups the words into the finest
 *    clusters; the fine centroids, weighted by their words' frequency, are clustered into the
 *    medium ones, and those into the coarse ones, so the granularities nest like the prefixes of
 *    Brown clusters.
 *
 * Same texts, settings and seed: same file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listArticles, loadArticle } from '../../src/eval/polnear/corpus.js';
import { clusterKey, WORD_CLUSTERS_FILE, WORD_CLUSTERS_FORMAT, type WordClustersData } from '../../src/extract/roles/word-clusters.js';
import { MODELS_DIR } from '../../src/models/load.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { seededRandom } from './crf.js';

export interface WordClusterOptions {
  readonly seed: number;
  /** words seen fewer times get no cluster */
  readonly minCount?: number;
  /** how many of the most frequent words are told apart as neighbours */
  readonly contextWords?: number;
  readonly dimensions?: number;
  /** cluster counts, coarse to fine */
  readonly levels?: readonly [number, number, number];
  /** the most k-means rounds per level */
  readonly iterations?: number;
  /** what the texts are, for the file's record */
  readonly source?: string;
}

/** Neighbour offsets and their weights. */
const WINDOW: readonly (readonly [offset: number, weight: number])[] = [[-2, 0.5], [-1, 1], [1, 1], [2, 0.5]];
/** Markers between sentences, as many as the window reaches, so no context crosses a sentence. */
const PAD = 2;
const BOUNDARY = -1;
/** Context distribution smoothing of the PMI (Levy, Goldberg and Dagan 2015). */
const CONTEXT_POWER = 0.75;
/** Extra random directions of the randomized SVD, and its power iterations. */
const OVERSAMPLE = 10;
const POWER_ITERATIONS = 3;

interface Corpus {
  /** keys by rank: most frequent first, ties in code unit order */
  readonly keys: readonly string[];
  readonly counts: Int32Array;
  /** token ranks, sentences separated by PAD BOUNDARY markers */
  readonly sequence: Int32Array;
}

function readCorpus(texts: readonly string[]): Corpus {
  const ids = new Map<string, number>();
  const firstSeen: string[] = [];
  const seen: number[] = [];
  const sequence: number[] = [];
  for (const text of texts) {
    let sentence = -1;
    for (const token of tokenize(text).tokens) {
      if (token.sentence !== sentence) {
        for (let p = 0; p < PAD; p++) sequence.push(BOUNDARY);
        sentence = token.sentence;
      }
      const key = clusterKey(token.lower);
      let id = ids.get(key);
      if (id === undefined) {
        id = firstSeen.length;
        ids.set(key, id);
        firstSeen.push(key);
        seen.push(0);
      }
      seen[id] = (seen[id] as number) + 1;
      sequence.push(id);
    }
  }
  for (let p = 0; p < PAD; p++) sequence.push(BOUNDARY);
  const order = firstSeen.map((_, id) => id).sort((a, b) => (seen[b] as number) - (seen[a] as number) || compare(firstSeen[a] as string, firstSeen[b] as string));
  const rank = new Int32Array(order.length);
  order.forEach((id, r) => {
    rank[id] = r;
  });
  return {
    keys: order.map((id) => firstSeen[id] as string),
    counts: Int32Array.from(order, (id) => seen[id] as number),
    sequence: Int32Array.from(sequence, (id) => (id === BOUNDARY ? BOUNDARY : (rank[id] as number))),
  };
}

/** Code unit order: the same in every locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A sparse matrix by rows. */
interface Sparse {
  readonly rows: number;
  readonly cols: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly value: Float64Array;
}

/**
 * Weighted neighbour counts of the first `rows` ranks. Column block b is WINDOW[b]; in a block,
 * the first `contexts` ranks, then the sentence boundary, then every other word.
 */
function neighbourCounts(corpus: Corpus, rows: number, contexts: number): Sparse {
  const block = contexts + 2;
  const cols = WINDOW.length * block;
  const { sequence } = corpus;
  const pairs: number[] = [];
  for (let i = 0; i < sequence.length; i++) {
    const r = sequence[i] as number;
    if (r === BOUNDARY || r >= rows) continue;
    WINDOW.forEach(([offset], b) => {
      const n = sequence[i + offset] ?? BOUNDARY;
      const c = n === BOUNDARY ? contexts : n < contexts ? n : contexts + 1;
      pairs.push(r * cols + b * block + c);
    });
  }
  const sorted = Float64Array.from(pairs).sort();
  const start = new Int32Array(rows + 1);
  const col: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    const pair = sorted[i] as number;
    let j = i;
    while (sorted[j] === pair) j++;
    const c = pair % cols;
    col.push(c);
    value.push((j - i) * (WINDOW[Math.floor(c / block)]?.[1] as number));
    const row = Math.floor(pair / cols);
    start[row + 1] = (start[row + 1] as number) + 1;
    i = j;
  }
  for (let r = 0; r < rows; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  return { rows, cols, start, col: Int32Array.from(col), value: Float64Array.from(value) };
}

/** Positive PMI in place of the counts, the context probabilities smoothed by CONTEXT_POWER. */
function positivePmi(m: Sparse): Sparse {
  const rowSum = new Float64Array(m.rows);
  const colSum = new Float64Array(m.cols);
  let total = 0;
  for (let r = 0; r < m.rows; r++) {
    for (let k = m.start[r] as number; k < (m.start[r + 1] as number); k++) {
      const v = m.value[k] as number;
      rowSum[r] = (rowSum[r] as number) + v;
      colSum[m.col[k] as number] = (colSum[m.col[k] as number] as number) + v;
      total += v;
    }
  }
  let smoothedTotal = 0;
  for (let c = 0; c < m.cols; c++) smoothedTotal += (colSum[c] as number) ** CONTEXT_POWER;
  const value = new Float64Array(m.value.length);
  for (let r = 0; r < m.rows; r++) {
    for (let k = m.start[r] as number; k < (m.start[r + 1] as number); k++) {
      const pContext = (colSum[m.col[k] as number] as number) ** CONTEXT_POWER / smoothedTotal;
      const pmi = Math.log((m.value[k] as number) / ((rowSum[r] as number) * pContext));
      value[k] = Math.max(0, pmi);
    }
  }
  return { ...m, value };
}

/** Standard normal numbers by Box–Muller from the seeded generator. */
function gaussians(count: number, random: () => number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    out[i] = radius * Math.cos(angle);
    if (i + 1 < count) out[i + 1] = radius * Math.sin(angle);
  }
  return out;
}

/** A × X, X dense cols × width by rows, into rows × width by rows. */
function times(a: Sparse, x: Float64Array, width: number): Float64Array {
  const out = new Float64Array(a.rows * width);
  for (let r = 0; r < a.rows; r++) {
    for (let k = a.start[r] as number; k < (a.start[r + 1] as number); k++) {
      const v = a.value[k] as number;
      const from = (a.col[k] as number) * width;
      for (let d = 0; d < width; d++) out[r * width + d] = (out[r * width + d] as number) + v * (x[from + d] as number);
    }
  }
  return out;
}

/** Aᵀ × Y, Y dense rows × width by rows, into cols × width by rows. */
function timesTransposed(a: Sparse, y: Float64Array, width: number): Float64Array {
  const out = new Float64Array(a.cols * width);
  for (let r = 0; r < a.rows; r++) {
    for (let k = a.start[r] as number; k < (a.start[r + 1] as number); k++) {
      const v = a.value[k] as number;
      const to = (a.col[k] as number) * width;
      for (let d = 0; d < width; d++) out[to + d] = (out[to + d] as number) + v * (y[r * width + d] as number);
    }
  }
  return out;
}

/** Orthonormalises the columns of a rows × width matrix in place (modified Gram–Schmidt, twice for accuracy). */
function orthonormalise(m: Float64Array, width: number): Float64Array {
  const rows = m.length / width;
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < width; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += (m[r * width + i] as number) * (m[r * width + j] as number);
        for (let r = 0; r < rows; r++) m[r * width + j] = (m[r * width + j] as number) - dot * (m[r * width + i] as number);
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += (m[r * width + j] as number) ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let r = 0; r < rows; r++) m[r * width + j] = (m[r * width + j] as number) * scale;
    }
  }
  return m;
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric n × n matrix, by cyclic Jacobi rotations. */
function symmetricEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * n + q] as number) - (a[p * n + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] as number;
          const vkq = v[k * n + q] as number;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i] as number), vectors: v };
}

/**
 * The rows of A projected on its top `dimensions` left singular vectors, each scaled by the
 * square root of its singular value (so the strong dimensions weigh more, but not squared).
 */
function reduce(a: Sparse, dimensions: number, random: () => number): { vectors: Float64Array; dims: number } {
  const width = Math.min(dimensions + OVERSAMPLE, a.rows, a.cols);
  let q = orthonormalise(times(a, gaussians(a.cols * width, random), width), width);
  for (let i = 0; i < POWER_ITERATIONS; i++) {
    q = orthonormalise(times(a, orthonormalise(timesTransposed(a, q, width), width), width), width);
  }
  // B = Qᵀ A (width × cols); the eigenvectors of B Bᵀ rotate Q onto the singular vectors
  const bt = timesTransposed(a, q, width);
  const gram = new Float64Array(width * width);
  for (let c = 0; c < a.cols; c++) {
    for (let i = 0; i < width; i++) {
      const bi = bt[c * width + i] as number;
      if (bi === 0) continue;
      for (let j = 0; j < width; j++) gram[i * width + j] = (gram[i * width + j] as number) + bi * (bt[c * width + j] as number);
    }
  }
  const { values, vectors } = symmetricEigen(gram, width);
  const dims = Math.min(dimensions, width);
  const top = Array.from({ length: width }, (_, i) => i).sort((x, y) => (values[y] as number) - (values[x] as number) || x - y).slice(0, dims);
  const out = new Float64Array(a.rows * dims);
  top.forEach((e, d) => {
    // eigenvalue = singular value²; the square root of the singular value is its fourth root
    const scale = Math.max(0, values[e] as number) ** 0.25;
    for (let r = 0; r < a.rows; r++) {
      let sum = 0;
      for (let k = 0; k < width; k++) sum += (q[r * width + k] as number) * (vectors[k * width + e] as number);
      out[r * dims + d] = sum * scale;
    }
  });
  return { vectors: normaliseRows(out, dims), dims };
}

function normaliseRows(m: Float64Array, dims: number): Float64Array {
  for (let r = 0; r < m.length / dims; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (m[r * dims + d] as number) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) m[r * dims + d] = (m[r * dims + d] as number) * scale;
  }
  return m;
}

function cosine(a: Float64Array, i: number, b: Float64Array, j: number, dims: number): number {
  let dot = 0;
  for (let d = 0; d < dims; d++) dot += (a[i * dims + d] as number) * (b[j * dims + d] as number);
  return dot;
}

/** Index drawn with probability proportional to `weights`. */
function draw(weights: Float64Array, random: () => number): number {
  let total = 0;
  for (const w of weights) total += w;
  let target = random() * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i] as number;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

interface Clustering {
  readonly k: number;
  readonly assign: Int32Array;
  /** unit centroids, k × dims */
  readonly centroids: Float64Array;
}

/** k-means++ seeding on the cosine distance: each new centre drawn ∝ weight × distance² to the nearest. */
function seedCentroids(points: Float64Array, weights: Float64Array, dims: number, k: number, random: () => number): Float64Array {
  const n = weights.length;
  const centroids = new Float64Array(k * dims);
  const best = new Float64Array(n).fill(-Infinity);
  const odds = Float64Array.from(weights);
  for (let c = 0; c < k; c++) {
    const chosen = draw(odds, random);
    centroids.set(points.subarray(chosen * dims, (chosen + 1) * dims), c * dims);
    for (let i = 0; i < n; i++) {
      best[i] = Math.max(best[i] as number, cosine(points, i, centroids, c, dims));
      odds[i] = (weights[i] as number) * (1 - (best[i] as number)) ** 2;
    }
  }
  return centroids;
}

/** The centroid most similar to point i; its similarity goes to similarity[i]. The hot loop of the build. */
function nearest(points: Float64Array, i: number, centroids: Float64Array, dims: number, similarity: Float64Array): number {
  const from = i * dims;
  let top = 0;
  let topSim = -Infinity;
  for (let c = 0, at = 0; at < centroids.length; c++, at += dims) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += (points[from + d] as number) * (centroids[at + d] as number);
    if (s > topSim) {
      top = c;
      topSim = s;
    }
  }
  similarity[i] = topSim;
  return top;
}

/** Spherical k-means: each point to its most similar centroid, each centroid the normalised weighted mean of its points. */
function sphericalKMeans(points: Float64Array, weights: Float64Array, dims: number, wanted: number, iterations: number, random: () => number): Clustering {
  const n = weights.length;
  const k = Math.min(wanted, n);
  const centroids = seedCentroids(points, weights, dims, k, random);
  const assign = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  for (let round = 0; round < iterations; round++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const top = nearest(points, i, centroids, dims, similarity);
      if (assign[i] !== top) changed++;
      assign[i] = top;
    }
    if (changed === 0) break;
    recentre(points, weights, dims, assign, similarity, centroids);
  }
  return { k, assign, centroids };
}

/** New centroids; an emptied cluster takes the point its own centroid fits worst, so k stays k. */
function recentre(points: Float64Array, weights: Float64Array, dims: number, assign: Int32Array, similarity: Float64Array, centroids: Float64Array): void {
  const k = centroids.length / dims;
  centroids.fill(0);
  const size = new Int32Array(k);
  for (let i = 0; i < assign.length; i++) {
    const c = assign[i] as number;
    size[c] = (size[c] as number) + 1;
    for (let d = 0; d < dims; d++) centroids[c * dims + d] = (centroids[c * dims + d] as number) + (weights[i] as number) * (points[i * dims + d] as number);
  }
  for (let c = 0; c < k; c++) {
    if (size[c] !== 0) continue;
    let worst = 0;
    for (let i = 1; i < assign.length; i++) if ((similarity[i] as number) < (similarity[worst] as number)) worst = i;
    similarity[worst] = Infinity;
    centroids.set(points.subarray(worst * dims, (worst + 1) * dims), c * dims);
  }
  normaliseRows(centroids, dims);
}

/** Total weight per cluster. */
function clusterWeights(clustering: Clustering, weights: Float64Array): Float64Array {
  const out = new Float64Array(clustering.k);
  clustering.assign.forEach((c, i) => {
    out[c] = (out[c] as number) + (weights[i] as number);
  });
  return out;
}

export function buildWordClusters(texts: readonly string[], options: WordClusterOptions): WordClustersData {
  const { seed, minCount = 3, contextWords = 2000, dimensions = 100, levels = [32, 128, 512], iterations = 30 } = options;
  const random = seededRandom(seed);
  const corpus = readCorpus(texts);
  let rows = 0;
  while (rows < corpus.keys.length && (corpus.counts[rows] as number) >= minCount) rows++;
  const contexts = Math.min(contextWords, corpus.keys.length);
  const { vectors, dims } = reduce(positivePmi(neighbourCounts(corpus, rows, contexts)), dimensions, random);
  // every word counts once when the words are grouped; a fine cluster weighs its words' frequency
  const fine = sphericalKMeans(vectors, new Float64Array(rows).fill(1), dims, levels[2], iterations, random);
  const frequency = Float64Array.from(corpus.counts.subarray(0, rows));
  const fineWeights = clusterWeights(fine, frequency);
  const medium = sphericalKMeans(fine.centroids, fineWeights, dims, levels[1], iterations, random);
  const coarse = sphericalKMeans(medium.centroids, clusterWeights(medium, fineWeights), dims, levels[0], iterations, random);
  const clusters: string[][] = Array.from({ length: fine.k }, () => []);
  for (let r = 0; r < rows; r++) clusters[fine.assign[r] as number]?.push(corpus.keys[r] as string);
  const tokens = corpus.sequence.reduce((n, r) => (r === BOUNDARY ? n : n + 1), 0);
  return {
    format: WORD_CLUSTERS_FORMAT,
    source: `${options.source ?? `${texts.length} texts`}: ${tokens} tokens, ${rows} words seen ${minCount}+ times`,
    settings: { seed, minCount, contextWords: contexts, dimensions: dims, window: PAD, iterations },
    levels: [coarse.k, medium.k, fine.k],
    parents: [[...coarse.assign], [...medium.assign]],
    clusters,
  };
}

/** The fine cluster of `word` with its medium and coarse ids, for the model card and a quick look. */
function describe(data: WordClustersData, word: string): string {
  const f = data.clusters.findIndex((words) => words.includes(word));
  if (f < 0) return `${word}: not in the vocabulary`;
  const m = data.parents[1][f] as number;
  const members = data.clusters[f] as readonly string[];
  return `${word}: c${data.parents[0][m] as number} m${m} f${f} (${members.length} words): ${members.slice(0, 25).join(' ')}`;
}

const PROBES = ['said', 'believes', 'minister', 'monday', 'france', 'told', 'according', 'spokesman', 'clinton', 'statement'];

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: path.join(MODELS_DIR, WORD_CLUSTERS_FILE) },
    },
  });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const trainDir = path.resolve(root, '../shared/data/polnear/train');
  const began = Date.now();
  const articles = listArticles(trainDir);
  const texts = articles.map((entry) => loadArticle(entry).text);
  const data = buildWordClusters(texts, { seed: Number(values.seed), source: `PolNeAR train (${articles.length} articles)` });
  const json = `${JSON.stringify(data)}\n`;
  writeFileSync(values.out, json);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  log(`${values.out}: ${data.source}; ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB; ${((Date.now() - began) / 1000).toFixed(1)} s`);
  for (const word of PROBES) log(describe(data, word));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
