/**
 * Questions from a user's file (YAML or JSON: `{questions: [{id, label, target, descriptors}]}`)
 * or from one sentence on the command line. Every problem is one E_QUESTIONS line naming the file
 * and the item, so a user fixes the file without reading code.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Question } from '../../core/stance.js';
import { WhosaidError } from '../../core/errors.js';
import { keyTerms } from './key-terms.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Reads a questions file's text; `fileName` is for messages, and `.json` files must be JSON. */
export function parseQuestions(text: string, fileName: string): Question[] {
  return questionsFromData(readData(text, fileName), fileName);
}

/** Questions already parsed from JSON (an HTTP request body); `source` is for messages. */
export function questionsFromData(data: unknown, fileName: string): Question[] {
  const fail = (where: string, message: string): never => {
    throw new WhosaidError('E_QUESTIONS', `${fileName}: ${where}${message}`);
  };
  const list = isRecord(data) ? data['questions'] : undefined;
  if (!Array.isArray(list)) return fail('', 'expected an object with a "questions" list');
  if (list.length === 0) return fail('', '"questions" is empty');
  const seen = new Set<string>();
  return list.map((item: unknown, i) => {
    const where = `questions[${i}]: `;
    if (!isRecord(item)) return fail(where, 'expected an object with id, target and descriptors');
    const unknown = Object.keys(item).find((key) => !['id', 'label', 'target', 'descriptors'].includes(key));
    if (unknown !== undefined) fail(where, `unknown field "${unknown}" (fields: id, label, target, descriptors)`);
    const id = item['id'];
    if (typeof id !== 'string' || !ID.test(id)) fail(where, '"id" must be letters, digits, ".", "_" or "-", starting with a letter or digit');
    if (seen.has(id as string)) fail(where, `id "${id as string}" is used twice`);
    seen.add(id as string);
    const target = item['target'];
    if (typeof target !== 'string' || target.trim() === '') fail(where, '"target" must be the question as a non-empty sentence');
    const label = item['label'] ?? target;
    if (typeof label !== 'string' || label.trim() === '') fail(where, '"label" must be a non-empty string');
    const descriptors = item['descriptors'] ?? [];
    if (!Array.isArray(descriptors) || descriptors.some((d) => typeof d !== 'string' || d.trim() === '')) {
      fail(where, '"descriptors" must be a list of non-empty strings');
    }
    return withKeyTerms({ id: id as string, label: (label as string).trim(), target: (target as string).trim(), descriptors: (descriptors as string[]).map((d) => d.trim()) }, fail, where);
  });
}

/** One question from its sentence: the id and descriptors are the sentence's key terms (key-terms.ts). */
export function questionFromSentence(sentence: string): Question {
  const target = sentence.trim();
  const { idWords } = keyTerms(target);
  const id = idWords.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '')).filter(Boolean).join('-');
  if (id === '') {
    throw new WhosaidError('E_QUESTIONS', `--question: "${target}" has no noun phrase to match statements on; ask it as "Should X do Y?" or use --questions FILE`);
  }
  return withKeyTerms({ id, label: target, target, descriptors: [] }, (_w, message) => {
    throw new WhosaidError('E_QUESTIONS', `--question: ${message}`);
  }, '');
}

/**
 * The questions of a file plus one given as a sentence, refused when the sentence's id is
 * taken; `source` names the file (or request) for the message.
 */
export function withSentenceQuestion(questions: readonly Question[], sentence: string | null, source: string): Question[] {
  if (sentence === null) return [...questions];
  const question = questionFromSentence(sentence);
  if (questions.some((q) => q.id === question.id)) {
    throw new WhosaidError('E_QUESTIONS', `--question: its id "${question.id}" is already used in ${source}`);
  }
  return [...questions, question];
}

/** The descriptors plus the target's own key terms, each once: what matching uses. */
function withKeyTerms(question: Question, fail: (where: string, message: string) => never, where: string): Question {
  const seen = new Set<string>();
  const descriptors = [...question.descriptors, ...keyTerms(question.target).terms].filter((term) => {
    const key = term.toLowerCase();
    return !seen.has(key) && seen.add(key);
  });
  if (descriptors.length === 0) fail(where, 'no descriptors and no noun phrase in "target" to match statements on');
  return { ...question, descriptors };
}

function readData(text: string, fileName: string): unknown {
  try {
    // JSON is YAML, but a .json file gets JSON's own error messages
    return /\.json$/i.test(fileName) ? JSON.parse(text) : parseYaml(text, { prettyErrors: false });
  } catch (error) {
    const kind = /\.json$/i.test(fileName) ? 'JSON' : 'YAML';
    const detail = error instanceof YAMLParseError || error instanceof SyntaxError ? error.message.split('\n')[0] : String(error);
    throw new WhosaidError('E_QUESTIONS', `${fileName}: not valid ${kind} (${detail})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
