import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/core/span.js';
import { WhosaidError } from '../../src/core/errors.js';
import { matchQuestion } from '../../src/extract/stances/match.js';
import { parseQuestions, questionFromSentence } from '../../src/extract/stances/questions.js';

const YAML = `questions:
  - id: eu-troops
    label: European troops
    target: Should European countries deploy ground troops to Ukraine?
    descriptors:
      - boots on the ground
      - troupes au sol
      - Bodentruppen
`;

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WhosaidError);
    expect((error as WhosaidError).code).toBe('E_QUESTIONS');
    expect((error as WhosaidError).message).not.toContain('\n');
    return (error as WhosaidError).message;
  }
  throw new Error('expected an E_QUESTIONS error');
}

describe('questions files', () => {
  it('reads YAML, adding the target’s key terms to the descriptors', () => {
    expect(parseQuestions(YAML, 'q.yaml')).toEqual([
      {
        id: 'eu-troops',
        label: 'European troops',
        target: 'Should European countries deploy ground troops to Ukraine?',
        descriptors: ['boots on the ground', 'troupes au sol', 'Bodentruppen', 'ground troops', 'troops'],
      },
    ]);
  });

  it('reads JSON, with the label defaulting to the target', () => {
    const json = JSON.stringify({ questions: [{ id: 'tax', target: 'Is a wealth tax a good idea?', descriptors: ['wealth tax'] }] });
    expect(parseQuestions(json, 'q.json')).toEqual([
      { id: 'tax', label: 'Is a wealth tax a good idea?', target: 'Is a wealth tax a good idea?', descriptors: ['wealth tax', 'tax'] },
    ]);
  });

  it.each([
    ['YAML that does not parse', 'questions: [{id: 1', 'q.yaml', /^q\.yaml: not valid YAML \(/],
    ['JSON that does not parse', '{"questions": [', 'q.json', /^q\.json: not valid JSON \(/],
    ['no questions list', 'topics: []', 'q.yaml', /expected an object with a "questions" list/],
    ['an empty list', 'questions: []', 'q.yaml', /"questions" is empty/],
    ['a missing id', 'questions: [{target: "Should we?", descriptors: [x]}]', 'q.yaml', /questions\[0\]: "id" must be/],
    ['a repeated id', 'questions: [{id: a, target: "Should Arland raise the wealth tax?"}, {id: a, target: "Should Arland build the bridge?"}]', 'q.yaml', /questions\[1\]: id "a" is used twice/],
    ['a missing target', 'questions: [{id: a, descriptors: [x]}]', 'q.yaml', /"target" must be the question/],
    ['descriptors that are not strings', 'questions: [{id: a, target: "Should we tax?", descriptors: [1]}]', 'q.yaml', /"descriptors" must be a list of non-empty strings/],
    ['an unknown field', 'questions: [{id: a, target: "Should we tax?", topic: x}]', 'q.yaml', /unknown field "topic"/],
    ['nothing to match on', 'questions: [{id: a, target: "Why?"}]', 'q.yaml', /no descriptors and no noun phrase/],
  ])('refuses %s with one line', (_label, text, name, message) => {
    expect(failure(() => parseQuestions(text, name))).toMatch(message);
  });
});

describe('a question from a sentence', () => {
  it.each([
    ['Should European countries deploy ground troops to Ukraine?', 'deploy-ground-troops', ['ground troops', 'troops']],
    ['Should NATO admit Ukraine?', 'admit-ukraine', ['admit Ukraine']],
    ['Is a wealth tax a good idea?', 'wealth-tax', ['wealth tax', 'tax']],
    ['Should the EU ban combustion engines by 2035?', 'ban-combustion-engines', ['combustion engines', 'engines']],
    // a possessive before the object is its determiner
    ['Should the county pay its share?', 'pay-share', ['share']],
    ['Should France send their own ground troops?', 'send-own-ground-troops', ['own ground troops', 'troops']],
  ])('%s', (sentence, id, descriptors) => {
    expect(questionFromSentence(sentence)).toEqual({ id, label: sentence, target: sentence, descriptors });
  });

  it('refuses a sentence with nothing to match on', () => {
    expect(failure(() => questionFromSentence('Why?'))).toMatch(/^--question: "Why\?" has no noun phrase/);
  });
});

describe('matching a statement to a question', () => {
  const question = parseQuestions(YAML, 'q.yaml')[0]!;
  const match = (text: string, content = spanOf(text, 0, text.length), paragraph?: ReturnType<typeof spanOf>) =>
    matchQuestion(question, text, content, paragraph);

  it.each([
    ['a troop deployment', 'troop'],
    ['TROOPS were sent', 'TROOPS'],
    ['des troupes au sol', 'troupes au sol'],
    ['keine Bodentruppen', 'Bodentruppen'],
    ['boots on the ground', 'boots on the ground'],
    ['boots-on-the-ground', 'boots-on-the-ground'],
  ])('finds "%s"', (text, found) => {
    expect(match(text)?.span.text).toBe(found);
  });

  it('needs whole words', () => {
    expect(match('the troopship left')).toBeNull();
  });

  it('ignores accents', () => {
    expect(match('des troupés au sol')?.term).toBe('troupes au sol');
  });

  it('falls back to the paragraph and says so', () => {
    const text = 'Asked about troops, she said: We rule nothing out.';
    const result = match(text, spanOf(text, 30, text.length), spanOf(text, 0, text.length));
    expect(result).toEqual({ by: 'paragraph', term: 'troops', span: spanOf(text, 12, 18) });
  });
});
