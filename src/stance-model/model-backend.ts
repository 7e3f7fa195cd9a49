/**
 * The optional stance backend: an OpenAI-compatible chat-completions endpoint judges each
 * statement that the shared matching (extract/stances/match.ts) finds about the question, so
 * the model is never asked about the rest. Answers are cached; a statement the model could not
 * judge gets no stance and a warning, and the batch goes on.
 */
import type { StanceBackend, StanceInput, StanceResult } from '../core/stance.js';
import { matchQuestion } from '../extract/stances/match.js';
import { foldsFor } from '../extract/stances/rules-backend.js';
import { ANSWER_SCHEMA, checkAnswer, toStance, type ModelAnswer } from './answer.js';
import { cacheKey, memoryCache, type AnswerCache } from './cache.js';
import { askForAnswer, type ChatSettings } from './chat-client.js';
import { stanceMessages } from './prompt.js';

export interface ModelBackendOptions extends ChatSettings {
  /** default: in memory for this run only */
  readonly cache?: AnswerCache;
}

export function modelBackend(options: ModelBackendOptions): StanceBackend {
  const name = `model:${options.model}`;
  const cache = options.cache ?? memoryCache();
  return {
    name,
    stances: async (items) => {
      const folds = foldsFor();
      const results: StanceResult[] = [];
      try {
        for (const item of items) results.push(await judge(item, folds(item.text)));
      } finally {
        cache.save();
      }
      return results;
    },
  };

  async function judge(item: StanceInput, folded: string): Promise<StanceResult> {
    const none: StanceResult = { key: item.key, question: item.question.id, stance: null };
    const match = matchQuestion(item.question, item.text, item.content, item.paragraph, folded);
    if (!match) return none;
    const key = cacheKey(options.model, item);
    const cached = cache.get(key);
    let answer: ModelAnswer;
    if (cached !== undefined && typeof checkAnswer(cached) !== 'string') {
      answer = cached;
    } else {
      try {
        answer = await askForAnswer(options, stanceMessages(item), ANSWER_SCHEMA);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ...none, warning: `stance model ${options.model}: statement ${item.key}, question ${item.question.id}: ${reason}; no stance given` };
      }
      cache.set(key, answer);
    }
    return { ...none, stance: toStance(answer, item, match, name) };
  }
}
