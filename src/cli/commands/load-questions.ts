/**
 * The questions of `--questions FILE` and `--question TEXT`, read once before any input, so a
 * bad questions file stops the command before any article is analysed.
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

function readQuestionsFile(name: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? String(error)})`;
    throw new WhosaidError('E_QUESTIONS', `${name}: ${reason}`);
  }
}
