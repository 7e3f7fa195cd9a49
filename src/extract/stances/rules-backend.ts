/**
 * The default stance backend: the language's rules, offline and deterministic. `judgeStance`
 * is the same judgement for one input, synchronously, for callers that need no backend.
 */
import { spanOf } from '../../core/span.js';
import type { StanceBackend, StanceInput, StanceResult } from '../../core/stance.js';
import { foldText } from './fold.js';
import { matchQuestion } from './match.js';
import { stanceRulesFor } from './rules.js';

export const RULES_BACKEND_NAME = 'rules';

export function rulesBackend(): StanceBackend {
  return {
    name: RULES_BACKEND_NAME,
    stances: (items) => {
      const folds = foldsFor();
      return Promise.resolve(items.map((item) => judgeStance(item, folds(item.text))));
    },
  };
}

export function judgeStance(item: StanceInput, folded = foldText(item.text)): StanceResult {
  const match = matchQuestion(item.question, item.text, item.content, item.paragraph, folded);
  const none: StanceResult = { key: item.key, question: item.question.id, stance: null };
  if (!match) return none;
  const rules = stanceRulesFor(item.language ?? 'en');
  const judged = rules.judge({ text: item.text, folded, content: item.content, match, own: ownWords(item) });
  if (!judged) return none;
  const { text } = item;
  return {
    ...none,
    stance: {
      question: item.question.id,
      stance: judged.stance,
      confidence: judged.confidence,
      evidence: spanOf(text, judged.evidence.start, judged.evidence.end),
      conditions: judged.conditions.map((c) => ({ span: spanOf(text, c.start, c.end), phrase: c.phrase, kind: c.kind })),
      match,
      backend: RULES_BACKEND_NAME,
    },
  };
}

/** The folded words naming the speaker and what they speak for. */
export function ownWords(item: Pick<StanceInput, 'speaker' | 'affiliations'>): Set<string> {
  const names = [item.speaker ?? '', ...(item.affiliations ?? [])];
  return new Set(names.flatMap((name) => foldText(name).split(/[^\p{L}\p{N}']+/u)).filter((w) => w.length > 1));
}

/** Folds each article text once per batch: a batch holds many statements of one article. */
export function foldsFor(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let folded = cache.get(text);
    if (folded === undefined) {
      folded = foldText(text);
      cache.set(text, folded);
    }
    return folded;
  };
}
