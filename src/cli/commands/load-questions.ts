/**
 * The questions of `--questions FILE` and `--question TEXT`, read once before any input, so a
 * bad questions file stops the command before any article is analysed (or the server starts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WhosaidError } from '../../core/errors.js';
import type { Question } from '../../core/stance.js';
import { parseQuestions, withSentenceQuestion } from '../../extract/stances/questions.js';
import type { StanceRequest } from './analyze-args.js';

export function loadQuestions(request: StanceRequest, cwd: string): Question[] {
  const questions = request.questionsFile === null ? [] : parseQuestions(readQuestionsFile(request.questionsFile, cwd), request.questionsFile);
  return withSentenceQuestion(questions, request.question, request.questionsFile ?? '');
}

/** The questions of several files (`serve --questions A --questions B`); an id may be used once across them. */
export function loadQuestionFiles(files: readonly string[], cwd: string): Question[] {
  const all: Question[] = [];
  const origin = new Map<string, string>();
  for (const file of files) {
    for (const question of parseQuestions(readQuestionsFile(file, cwd), file)) {
      const earlier = origin.get(question.id);
      if (earlier !== undefined) throw new WhosaidError('E_QUESTIONS', `${file}: id "${question.id}" is already used in ${earlier}`);
      origin.set(question.id, file);
      all.push(question);
    }
  }
  return all;
}

function readQuestionsFile(name: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? String(error)})`;
    throw new WhosaidError('E_QUESTIONS', `${name}: ${reason}`);
  }
}
