/**
 * The shipped role tagger: the model file loads, every token gets a probability distribution, the
 * labelling is deterministic, and the whole analysis labels plain news sentences as PolNeAR would.
 * The table asserts only what the model does with a wide margin.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { buildRuleInput, type RuleInput } from '../../../src/extract/attributions/input.js';
import { ENGLISH_CUES } from '../../../src/extract/cues/cue-lexicon.js';
import { marked } from '../../helpers/marked.js';
import { findQuotes } from '../../../src/extract/quotes/paired-quote-marks.js';
import { LABEL_COUNT } from '../../../src/extract/roles/labels.js';
import { featureHashes } from '../../../src/extract/roles/features.js';
import { checkRoleModel, ROLE_MODEL_FILE, roleEmissions, roleModel, ROW } from '../../../src/extract/roles/model.js';
import { roleProbability, spansOf, tagRoles } from '../../../src/extract/roles/tagger.js';
import { loadModel } from '../../../src/models/load.js';
import { tokenize } from '../../../src/nlp/tokens.js';

describe('the shipped role model', () => {
  it('is trained on PolNeAR train, with its card and cross-validation figures', () => {
    const model = loadModel(ROLE_MODEL_FILE, checkRoleModel);
    expect(model.card.trainedOn).toMatch(/^PolNeAR train/);
    expect(model.templates.length).toBeGreaterThan(30);
    expect(roleModel().weights.length).toBe(6 << model.bits);
  });
});

const ruleInputOf = (text: string): RuleInput => buildRuleInput(tokenize(text), findQuotes(text), ENGLISH_CUES);

describe('tagRoles', () => {
  const text = 'The mayor said on Tuesday that “the city will not yield.” Critics disagreed.\n\nAccording to aides, she hopes to run again.';

  it('gives every token a probability distribution over the labels', () => {
    const layers = tokenize(text);
    const tagging = tagRoles(ruleInputOf(text), null);
    expect(tagging.labels).toHaveLength(layers.tokens.length);
    for (let i = 0; i < layers.tokens.length; i++) {
      const m = tagging.marginalsAt(i);
      expect(m).toHaveLength(LABEL_COUNT);
      expect(m.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(roleProbability(tagging, 'cue', i)).toBeCloseTo((m[1] as number) + (m[2] as number), 12);
    }
  });

  it('is deterministic', () => {
    const a = tagRoles(ruleInputOf(text), null);
    const b = tagRoles(ruleInputOf(text), null);
    const all = (t: typeof a): number[] => a.labels.reduce<number[]>((out, _, i) => [...out, ...t.marginalsAt(i)], []);
    expect(all(b)).toEqual(all(a));
    expect(b.spans).toEqual(a.spans);
  });

  it('handles empty text', () => {
    const t = tagRoles(ruleInputOf(''), null);
    expect(t.spans).toEqual([]);
    expect(t.labels).toHaveLength(0);
  });
});

describe('spansOf', () => {
  it('reads B and I runs per role, a stray I as a start, within each chain', () => {
    // O B-CUE I-CUE B-SRC I-CON I-CON | B-CON O
    const labels = Uint8Array.from([0, 1, 2, 3, 6, 6, 5, 0]);
    expect(spansOf(labels, [{ first: 0, last: 5 }, { first: 5, last: 8 }])).toEqual([
      { role: 'cue', first: 1, last: 3 },
      { role: 'source', first: 3, last: 4 },
      { role: 'content', first: 4, last: 5 },
      { role: 'content', first: 5, last: 6 },
      { role: 'content', first: 6, last: 7 },
    ]);
  });
});

describe('the analysis with the role tagger', () => {
  it.each<[string, string, string | null, string]>([
    ['He said that the plan would fail.', 'said', 'He', 'the plan would fail'],
    ['“We will not yield,” the mayor said.', 'said', 'the mayor', 'We will not yield'],
    ['Cruz argued that the deal was a mistake.', 'argued', 'Cruz', 'the deal was a mistake'],
    ['According to the police, the suspect fled.', 'According to', 'the police', 'the suspect fled'],
    // a sentence adverbial after the subject is not part of the source
    ['Clinton, however, said the plan would fail.', 'said', 'Clinton', 'the plan would fail'],
    ['The senator, for his part, said the plan would fail.', 'said', 'The senator', 'the plan would fail'],
  ])('%s', (text, cue, source, content) => {
    const [s] = analyze(text).statements;
    expect(s?.cue?.text).toBe(cue);
    expect(s?.source?.text ?? null).toBe(source);
    expect(s?.content.text.replace(/^that /, '')).toBe(content);
  });

  // cues the rules do not propose alone: the tagger's cue with the frame the verb rules read for
  // it, or the rules' frame kept because the tagger labels its cue
  it.each([
    '⟨Chris Christie⟩ ⟪Calls⟫ ⟦Hillary Clinton ‘A Disgrace’ Over Policy⟧',
    '⟨Okafor⟩ ⟪made it clear⟫ ⟦that the ferry would stay⟧.',
    '⟨The harbour office⟩ ⟪issued a statement saying⟫ ⟦the ferry would resume in May⟧.',
  ])('%s', (input) => {
    const m = marked(input);
    const [s, ...rest] = analyze(m.text).statements;
    expect(rest).toEqual([]);
    expect({ source: s?.source, cue: s?.cue, content: s?.contentParts }).toEqual({ source: m.source, cue: m.cue, content: m.content });
  });

  it('finds nothing in sentences that attribute nothing', () => {
    for (const text of ['The report is due Monday.', 'The cat sat on the mat.', 'Stocks rose 2 percent on Tuesday.', 'He was told to leave.', 'The statement was read aloud.', 'According to plan, the work finished early.']) {
      expect(analyze(text).statements).toEqual([]);
    }
  });
});

describe('roleEmissions', () => {
  it('sums the word templates once per word type exactly as token by token', () => {
    const text = 'The mayor said on Tuesday that “the city will not yield.” Critics disagreed.\n\nAccording to aides, she hopes to run again. She said so.';
    const input = ruleInputOf(text);
    const model = roleModel();
    const T = model.templates.length;
    const hashes = featureHashes(input, null, model.templates);
    const emit = roleEmissions(input, null, model);
    for (let i = 0; i < input.tokens.length; i++) {
      const sums = new Array<number>(ROW).fill(0);
      for (let k = i * T; k < (i + 1) * T; k++) {
        const row = ((hashes[k] as number) >>> (32 - model.bits)) * ROW;
        for (let l = 0; l < ROW; l++) sums[l] = (sums[l] as number) + (model.weights[row + l] as number);
      }
      const expected = sums.map((s, l) => (model.bias[l] as number) + s * model.scale);
      expect(Array.from(emit.subarray(i * LABEL_COUNT + 1, (i + 1) * LABEL_COUNT))).toEqual(expected);
    }
    expect(model.wordGroups.length).toBeGreaterThan(0);
    expect(model.contextTemplates.length).toBeLessThan(T);
  });
});
