/**
 * Which words the corpus uses alike, for the role tagger's features: word clusters learned
 * without labels from the PolNeAR train texts (models/en-word-clusters.json, built by
 * scripts/train/word-clusters.ts). "stated" falls in the cluster of "said" and "told" whether or
 * not the annotations ever showed it as a cue, so the tagger generalises to words it never saw.
 *
 * Three nested granularities, coarse to fine: every fine cluster belongs to one medium cluster,
 * every medium cluster to one coarse cluster.
 */
import { loadModel } from '../../models/load.js';

export const WORD_CLUSTERS_FILE = 'en-word-clusters.json';
export const WORD_CLUSTERS_FORMAT = 'whosaid.word-clusters/1';

/** What the model file holds. */
export interface WordClustersData {
  readonly format: typeof WORD_CLUSTERS_FORMAT;
  /** the texts the clusters were learned from */
  readonly source: string;
  /** how they were learned (seed, dimensions, …), for the record */
  readonly settings: Readonly<Record<string, number>>;
  /** cluster counts, coarse to fine */
  readonly levels: readonly [number, number, number];
  /** parents[0][m]: the coarse cluster of medium cluster m; parents[1][f]: the medium cluster of fine cluster f */
  readonly parents: readonly [readonly number[], readonly number[]];
  /** clusters[f]: the vocabulary keys (clusterKey) of fine cluster f, most frequent first */
  readonly clusters: readonly (readonly string[])[];
}

/** The value of every granularity for a word outside the vocabulary. */
export const UNKNOWN_CLUSTERS: readonly string[] = Object.freeze(['-', '-', '-']);

function checkWordClusters(value: unknown): WordClustersData {
  const v = value as Partial<WordClustersData> | null;
  if (!v || v.format !== WORD_CLUSTERS_FORMAT) throw new Error(`not a ${WORD_CLUSTERS_FORMAT} file`);
  const [coarse = 0, medium = 0, fine = 0] = v.levels ?? [];
  const [ofMedium = [], ofFine = []] = v.parents ?? [];
  if (!Array.isArray(v.clusters) || v.clusters.length !== fine || ofFine.length !== fine || ofMedium.length !== medium) {
    throw new Error('cluster counts do not match levels');
  }
  if (ofMedium.some((c) => !(c >= 0 && c < coarse)) || ofFine.some((m) => !(m >= 0 && m < medium))) {
    throw new Error('a parent cluster is out of range');
  }
  return v as WordClustersData;
}

/**
 * The vocabulary key of a lower-case word: digits become 0, so "2016" and "1999" (or "$4.5"
 * and "$1.2") are one word to the clusters, at training and at run time alike.
 */
export function clusterKey(lower: string): string {
  return lower.replace(/[0-9]/g, '0');
}

/** The loaded file and its word → ids table, rebuilt if training swaps the model in (useModel). */
let table: { data: WordClustersData; ids: Map<string, readonly string[]> } | undefined;

function lookupTable(data: WordClustersData): Map<string, readonly string[]> {
  const ids = new Map<string, readonly string[]>();
  data.clusters.forEach((words, f) => {
    const m = data.parents[1][f] as number;
    // one frozen array per cluster, shared by its words: a lookup allocates nothing
    const value = Object.freeze([`c${data.parents[0][m] as number}`, `m${m}`, `f${f}`]);
    for (const word of words) ids.set(word, value);
  });
  return ids;
}

/** The word clusters in use: the shipped file, or what training put in its place (useModel). */
export function wordClustersModel(): WordClustersData {
  return loadModel(WORD_CLUSTERS_FILE, checkWordClusters);
}

/** The cluster of a lower-case word at each granularity, coarse to fine (e.g. c12, m87, f301), or UNKNOWN_CLUSTERS. */
export function wordClusters(lower: string): readonly string[] {
  const data = wordClustersModel();
  if (table?.data !== data) table = { data, ids: lookupTable(data) };
  return table.ids.get(clusterKey(lower)) ?? UNKNOWN_CLUSTERS;
}
