/** The instructions and the one statement the model judges; the labels mean what the rules' labels mean. */
import type { StanceInput } from '../core/stance.js';
import type { ChatMessage } from './chat-client.js';

const SYSTEM = `You judge where the speaker of one statement from a news article stands on a question.
Answer with JSON only, following the schema given.
stance: "support" (the speaker wants it), "open" (does not exclude it), "conditional" (would accept it
under conditions, or is held back by a deterrent), "oppose" (rejects it), "neutral" (about the question
but takes no position, or passes on someone else's view), "none" (not about the question).
evidence: the words of the statement the stance rests on, copied exactly.
conditions: each condition or deterrent, with "text" copied exactly from the statement, "phrase" the
condition itself in a few words ("a ceasefire agreement", "risk of nuclear escalation"), and "kind"
"condition" (what would make it happen) or "deterrent" (what stands in the way).
confidence: from 0 to 1.`;

export function stanceMessages(item: StanceInput): ChatMessage[] {
  const context = item.paragraph ? item.text.slice(item.paragraph.start, item.paragraph.end) : '';
  const user = {
    question: item.question.target,
    terms: item.question.descriptors,
    speaker: item.speaker ?? null,
    statement: item.content.text,
    context,
  };
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: JSON.stringify(user) },
  ];
}
