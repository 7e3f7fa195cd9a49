/**
 * Word clusters learned from the corpus text: the builder gives the same clusters for the same
 * texts and seed, and the run-time lookup normalises digits and answers unknown words.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listArticles, loadArticle } from '../../../src/eval/polnear/corpus.js';
import { clusterKey, UNKNOWN_CLUSTERS, WORD_CLUSTERS_FILE, wordClusters, type WordClustersData } from '../../../src/extract/roles/word-clusters.js';
import { useModel } from '../../../src/models/load.js';
import { seededRandom } from '../../../scripts/train/crf.js';
import { buildWordClusters, type WordClusterOptions } from '../../../scripts/train/word-clusters.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const trainDir = path.resolve(root, '../shared/data/polnear/train');
const hasTrain = existsSync(trainDir);

/** Sentences from a few word classes, drawn by a seeded generator. */
function syntheticTexts(): string[] {
  const pick = <T>(xs: readonly T[], random: () => number): T => xs[Math.floor(random() * xs.length)] as T;
  const people = ['Smith', 'Jones', 'Brown', 'Taylor'];
  const verbs = ['said', 'stated', 'added', 'claimed'];
  const things = ['budget', 'plan', 'bill', 'report'];
  const random = seededRandom(7);
  return Array.from({ length: 20 }, () => Array.from({ length: 8 }, () =>
    `${pick(people, random)} ${pick(verbs, random)} the ${pick(things, random)} cost ${Math.floor(random() * 900) + 100} dollars.`).join(' '));
}

const SMALL: Omit<WordClusterOptions, 'seed'> = { contextWords: 30, dimensions: 6, levels: [2, 3, 5] };

describe('buildWordClusters', () => {
  it('gives the same clusters for the same texts and seed', () => {
    const texts = syntheticTexts();
    const first = buildWordClusters(texts, { ...SMALL, seed: 1 });
    expect(buildWordClusters(texts, { ...SMALL, seed: 1 })).toEqual(first);
  });

  it('clusters each word seen three times or more once, with nested parents', () => {
    const data = buildWordClusters(syntheticTexts(), { ...SMALL, seed: 2 });
    const words = data.clusters.flat();
    expect(new Set(words).size).toBe(words.length);
    expect(words).toEqual(expect.arrayContaining(['said', 'smith', 'budget', '000', '.']));
    expect(data.levels).toEqual([2, 3, 5]);
    expect(data.parents[1]).toHaveLength(5);
    expect(data.parents[0]).toHaveLength(3);
  });

  describe.skipIf(!hasTrain)(`on PolNeAR train articles${hasTrain ? '' : ` (skipped: ${trainDir} is absent)`}`, () => {
    it('gives the same clusters twice', () => {
      const texts = listArticles(trainDir).slice(0, 15).map((entry) => loadArticle(entry).text);
      const options = { seed: 1, dimensions: 20, levels: [4, 8, 16] as const };
      expect(buildWordClusters(texts, options)).toEqual(buildWordClusters(texts, options));
    });
  });
});

describe('wordClusters', () => {
  afterEach(() => useModel(WORD_CLUSTERS_FILE, undefined));

  it('keys words with every digit as 0', () => {
    expect(clusterKey('2016')).toBe('0000');
    expect(clusterKey('$4.5bn')).toBe('$0.0bn');
    expect(clusterKey('said')).toBe('said');
  });

  it('loads the shipped file and puts "said" with other speech verbs', () => {
    const said = wordClusters('said');
    expect(said).toEqual([expect.stringMatching(/^c\d+$/), expect.stringMatching(/^m\d+$/), expect.stringMatching(/^f\d+$/)]);
    expect(wordClusters('stated')).toEqual(said);
    expect(wordClusters('says')).toEqual(said);
    expect(wordClusters('monday')).not.toEqual(said);
  });

  it('answers the same for numbers of the same shape, and unknown for unseen words', () => {
    expect(wordClusters('1999')).toEqual(wordClusters('2016'));
    expect(wordClusters('1999')).not.toEqual(UNKNOWN_CLUSTERS);
    expect(wordClusters('qwxzzyq')).toEqual(['-', '-', '-']);
  });

  it('reads a model swapped in for training', () => {
    const data: WordClustersData = buildWordClusters(syntheticTexts(), { ...SMALL, seed: 3 });
    useModel(WORD_CLUSTERS_FILE, data);
    const f = data.clusters.findIndex((words) => words.includes('budget'));
    const m = data.parents[1][f] as number;
    expect(wordClusters('budget')).toEqual([`c${data.parents[0][m] as number}`, `m${m}`, `f${f}`]);
    expect(wordClusters('monday')).toBe(UNKNOWN_CLUSTERS);
  });
});
