import { describe, expect, it } from 'vitest';
import { buildRuleInput } from '../../../src/extract/attributions/input.js';
import { ENGLISH_CUES } from '../../../src/extract/cues/cue-lexicon.js';
import { findQuotes } from '../../../src/extract/quotes/paired-quote-marks.js';
import { FEATURE_GROUPS, featureHashes, TEMPLATES, templatesWithout } from '../../../src/extract/roles/features.js';
import { clusterKey, WORD_CLUSTERS_FILE, wordClusters, wordClustersModel } from '../../../src/extract/roles/word-clusters.js';
import { useModel } from '../../../src/models/load.js';
import { tokenize } from '../../../src/nlp/tokens.js';

describe('templatesWithout', () => {
  it('leaves out templates by name and by group', () => {
    const left = templatesWithout(['w-1w', 'lemmas']);
    expect(left.some((t) => t.name === 'w-1w' || t.group === 'lemmas')).toBe(false);
    expect(left).toHaveLength(TEMPLATES.length - 1 - TEMPLATES.filter((t) => t.group === 'lemmas').length);
  });

  it('keeps every template when nothing is named, and names are unique', () => {
    expect(templatesWithout([])).toEqual(TEMPLATES);
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(TEMPLATES.length);
    expect(FEATURE_GROUPS.every((g) => TEMPLATES.some((t) => t.group === g))).toBe(true);
  });
});

describe('word types', () => {
  it('are read again when training swaps the word clusters in, and back when it restores them', () => {
    const text = 'The mayor said the plan would fail.';
    const cluster = TEMPLATES.filter((t) => t.name === 'cf');
    const hashOfSaid = (): number => featureHashes(buildRuleInput(tokenize(text), findQuotes(text), ENGLISH_CUES), null, cluster)[2] as number;
    const shipped = wordClustersModel();
    const before = hashOfSaid();
    // the same clusters with "said" moved to another fine cluster
    const from = shipped.clusters.findIndex((words) => words.includes(clusterKey('said')));
    expect(from).toBeGreaterThanOrEqual(0);
    const to = (from + 1) % shipped.clusters.length;
    const clusters = shipped.clusters.map((words, f) => (f === from ? words.filter((w) => w !== 'said') : f === to ? [...words, 'said'] : words));
    try {
      useModel(WORD_CLUSTERS_FILE, { ...shipped, clusters });
      expect(wordClusters('said')[2]).toBe(`f${to}`);
      expect(hashOfSaid()).not.toBe(before);
    } finally {
      useModel(WORD_CLUSTERS_FILE, undefined);
    }
    expect(hashOfSaid()).toBe(before);
  });
});
