/**
 * Is a statement about a question? Its content is searched for the question's descriptors
 * first; failing that, its paragraph, since a short quote ("We do not rule out any option.")
 * often leaves the topic to the sentence around it. Case, accents and English inflection are
 * ignored (terms.ts).
 */
import { spanOf, type Span } from '../../core/span.js';
import type { Question, QuestionMatch } from '../../core/stance.js';
import { foldText } from './fold.js';
import { firstTermMatch, termPattern, type TermPattern } from './terms.js';

const compiled = new WeakMap<Question, readonly TermPattern[]>();

function patternsOf(question: Question): readonly TermPattern[] {
  let patterns = compiled.get(question);
  if (!patterns) {
    patterns = question.descriptors.map(termPattern);
    compiled.set(question, patterns);
  }
  return patterns;
}

export function matchQuestion(question: Question, text: string, content: Span, paragraph?: Span, folded = foldText(text)): QuestionMatch | null {
  const patterns = patternsOf(question);
  const inContent = firstTermMatch(folded, content.start, content.end, patterns);
  if (inContent) return { by: 'content', term: inContent.term, span: spanOf(text, inContent.start, inContent.end) };
  if (!paragraph) return null;
  const inParagraph = firstTermMatch(folded, paragraph.start, paragraph.end, patterns);
  return inParagraph ? { by: 'paragraph', term: inParagraph.term, span: spanOf(text, inParagraph.start, inParagraph.end) } : null;
}

/** The line the offset sits on: the analysis treats every line break as a paragraph break. */
export function paragraphAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  return spanOf(text, start, next < 0 ? text.length : next);
}
