/**
 * Attributions around a reporting verb, in the orders English uses:
 *
 *   Barrot stated, “We do not rule out any option.”        subject · cue · quote
 *   A British military source told Le Monde that talks …     subject · cue · addressee · clause
 *   “We will support Ukraine …,” he declared.               quote · subject · cue
 *   “…,” said Rob Bauer.                                      quote · cue · subject (inverted)
 *   Clinton leads by four points, the poll shows.            clause · subject · cue
 *   The plan, he said, is dead.                              clause · subject · cue · clause
 *   He underscored X, warning that Y.                        participial cue shares the subject
 *
 * Not attributions: "was told" (passive), "declined to say" (infinitive), cues inside quotes,
 * nouns that look like verbs ("the report"), and "suggesting a shift" (no clause after a
 * clause-only cue).
 */
import type { Span } from '../../../core/span.js';
import type { Token, Sentence } from '../../../nlp/tokens.js';
import { AUXILIARIES, CUE_PARTICLES, GERUND_PREPOSITIONS, PARTICLE_VERB_FORMS, INVERTING_VERBS, PASSIVE_AUXILIARIES, SUBJECT_PRONOUNS as SUBJECT_PRONOUN_WORDS } from '../../../lexicon/en/grammar.js';
import type { CueEntry } from '../../cues/cue-lexicon.js';
import { ROLE_NOUNS } from '../../../lexicon/en/titles.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS } from '../../../lexicon/en/sources.js';
import { ORGANIZATION_NOUNS } from '../../../lexicon/en/organizations.js';
import { REPORTING_NOUNS } from '../../../lexicon/en/reporting-cues.js';
import type { Candidate, Setting, TokenRange } from '../candidate.js';
import { firstTokenWhere, rangeSpan, type RuleInput } from '../input.js';
import { spanOf } from '../../../core/span.js';
import { clauseEnd, isParticipialCue, isSentenceEnd, isTitle, looksLikeClause, settingAt, skipAdverbials, trailingSetting } from './clause.js';
import { contentSpan } from '../content-span.js';
import { APPOSITIVE_DELIMITERS, phraseAfter, subjectBefore, type Subject } from './noun-phrase.js';

const RULE = 'attributions/en/verb-frames';
const OPEN_MARKS = new Set(['“', '"', '«', '„', "'"]);
const CLOSE_MARKS = new Set(['”', '"', '»', "'"]);
const INVERTING = new Set(INVERTING_VERBS);
const PAST_MARKERS = new Set(['previously', 'earlier', 'once', 'has', 'have', 'had']);

const UNAMBIGUOUS = new Set(['said', 'says', 'told', 'tells', 'stated', 'noted', 'added', 'wrote', 'declared', 'warned', 'insisted', 'argued']);

function isCueVerb(input: RuleInput, i: number, entry: CueEntry): boolean {
  const t = input.tokens[i] as Token;
  const prev = input.tokens[i - 1];
  // "self-described", and capitalised words inside names ("Hope Hicks") are no cues
  if (prev && prev.end === t.start && /^[-–]$/.test(prev.text)) return false;
  if (/^\p{Lu}/u.test(t.text) && (input.tokens[i + 1]?.pos === 'PROPN' || (prev !== undefined && prev.sentence === t.sentence))) return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  // wink tags some cue forms as adjectives or nouns ("Barrot stated", ", warning that")
  if (entry.form === 'participle') return isParticipialCue(input, i);
  const next = input.tokens[i + 1];
  // "About 4 in 10 say they …": wink takes the verb for a noun after numbers
  const clauseFollows = next?.lower === 'that' || (next?.pos === 'PRON' && SUBJECT_PRONOUN_WORDS.has(next.lower));
  return (entry.form !== 'base' && UNAMBIGUOUS.has(t.lower)) || clauseFollows;
}

function blocked(tokens: readonly Token[], i: number, floor: number, entry: CueEntry): boolean {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < floor) return false;
  if (prev.lower === 'to') return true;
  // "was told", "is said to" are passives, but "is saying" is progressive and "he's said" perfect
  return entry.form === 'past' && PASSIVE_AUXILIARIES.has(prev.lower) && prev.lower !== '’s' && prev.lower !== "'s";
}

interface Right {
  readonly parts: Span[];
  readonly direct: boolean;
}

function quoteAt(input: RuleInput, k: number): Span[] | null {
  const t = input.tokens[k];
  if (!t || !OPEN_MARKS.has(t.text)) return null;
  const q = input.quoteOpeningAt.get(t.start);
  return q && !isTitle(q.content.text) ? [...q.parts] : null;
}

function contentAfter(input: RuleInput, s: Sentence, k: number, entry: CueEntry, settings: Setting[]): Right | null {
  const t = input.tokens[k];
  if (!t || k >= s.last || isSentenceEnd(t)) {
    const quoted = quoteAt(input, k);
    return quoted ? { parts: quoted, direct: true } : null;
  }
  const afterMark = t.text === ':' || t.text === ',' ? k + 1 : k;
  const quoted = quoteAt(input, afterMark);
  if (quoted) return { parts: quoted, direct: true };
  if (t.text === ',' || t.text === ':' || t.pos === 'PUNCT') return null;
  // "what Obama says and promises", "a story that Carson said was written": no content here
  if (t.pos === 'CCONJ' || ((t.pos === 'VERB' || t.pos === 'AUX') && !entry.verb.object)) return null;
  // "asked not to be named", "declined to give his name" for ask: a request, not a report
  if (entry.verb.base === 'ask' && (t.lower === 'not' || t.lower === 'to')) return null;
  // "tweeted this: “…”": a pronoun announcing the quote that follows
  if ((t.lower === 'this' || t.lower === 'it') && input.tokens[k + 1]?.text === ':') {
    const announced = quoteAt(input, k + 2);
    if (announced) return { parts: announced, direct: true };
  }
  const clauseLike = t.lower === 'that' || t.pos === 'SCONJ' || looksLikeClause(input, k, s.last);
  if (!clauseLike && (entry.verb.needsClause || !entry.verb.object)) return null;
  let end = clauseEnd(input, s, k);
  const setting = t.lower === 'that' ? null : trailingSetting(input, k, end);
  if (setting) {
    settings.push(setting);
    end = setting.first;
  }
  const span = contentSpan(input, k, end);
  return span && span.end > span.start ? { parts: [span], direct: false } : null;
}

/** Content before the subject: a quote closing there, or the clause from the sentence start. */
function contentBefore(input: RuleInput, s: Sentence, first: number): Span[] | null {
  let p = first - 1;
  if (input.tokens[p]?.text === ',') p--;
  const t = input.tokens[p];
  if (!t) return null;
  if (p < s.first) return first === s.first ? quoteEndingSentenceBefore(input, t, input.tokens[first] as Token) : null;
  const q = CLOSE_MARKS.has(t.text) ? input.quoteClosingAt.get(t.end) : undefined;
  // a quote that opens the sentence is the content; one that ends a clause is part of it
  if (q && q.open <= (input.tokens[s.first]?.start ?? 0)) return [...q.parts];
  if (!q && input.tokens[first - 1]?.text !== ',') return null;
  let start = s.first;
  while (start < p && input.tokens[start]?.pos === 'CCONJ') start++;
  if (p < start) return null;
  const span = contentSpan(input, start, p + 1);
  return span ? [span] : null;
}

/**
 * “Why is he attacking me?” Trump said. — the sentence splitter ends a sentence at "?”" or "!”"
 * before a capitalised subject, so the quote is in the sentence before: it is the content when
 * it ends on that mark in the same paragraph.
 */
function quoteEndingSentenceBefore(input: RuleInput, mark: Token, subjectStart: Token): Span[] | null {
  if (!CLOSE_MARKS.has(mark.text) || mark.paragraph !== subjectStart.paragraph) return null;
  const q = input.quoteClosingAt.get(mark.end);
  return q && /[?!]$/.test(q.content.text.trim()) ? [...q.parts] : null;
}

function cueSpan(input: RuleInput, from: number, i: number, entry: CueEntry): { span: Span; last: number; setting: Setting | null; particle: boolean } {
  const t = input.tokens[from] as Token;
  const base = entry.verb.base || (PARTICLE_VERB_FORMS[input.tokens[i]?.lower ?? ''] ?? '');
  // "said of the plan", not "said about 300 people"
  const words = (CUE_PARTICLES[base] ?? []).map((p) => p.split(' ')).find((w) => w.every((x, n) => input.tokens[i + 1 + n]?.lower === x) && input.tokens[i + 1 + w.length]?.pos !== 'NUM');
  const takesParticle = words !== undefined;
  const last = i + 1 + (words?.length ?? 0);
  const setting = settingAt(input, last, input.sentences[t.sentence]?.last ?? last);
  return { span: spanOf(input.text, t.start, (input.tokens[last - 1] as Token).end), last, setting, particle: takesParticle };
}

/**
 * The subject of a participial cue: the source of the statement just before in the sentence,
 * else the subject of the sentence's first verb ("Trump attacked Clinton, saying …").
 */
function sharedSubject(input: RuleInput, previous: Candidate | undefined, s: Sentence, cue: number): Pick<Candidate, 'source' | 'sourceTokens' | 'antecedent' | 'past'> | null {
  if (previous && previous.sentence === s.index && previous.sourceTokens) return previous;
  const subject = mainSubject(input, s, cue);
  return subject ? { source: rangeSpan(input, subject), sourceTokens: subject, antecedent: null, past: false } : null;
}

/** The subject of the sentence's first verb before `cue` ("he supported X and said …"). */
function mainSubject(input: RuleInput, s: Sentence, cue: number): Subject | null {
  let verb = s.first;
  // the first finite verb: participial asides (", speaking on WOR710,") are skipped
  const finite = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing');
  while (verb < cue && !finite(input.tokens[verb])) verb++;
  if (verb >= cue) return null;
  let j = verb;
  while (j - 1 >= s.first && (AUXILIARIES.has(input.tokens[j - 1]?.lower ?? '') || input.tokens[j - 1]?.pos === 'ADV')) j--;
  const subject = subjectBefore(input.tokens, s.first, j) ?? subjectFromSentenceStart(input, s, j);
  return subject && !subject.relative ? subject : null;
}

/**
 * "Name, a lawyer who runs a firm, said": when the appositive holds a clause, the subject runs
 * from the start of the sentence to the comma before the cue, if it opens with a name.
 */
function subjectFromSentenceStart(input: RuleInput, s: Sentence, j: number): Subject | null {
  if (!APPOSITIVE_DELIMITERS.has(input.tokens[j - 1]?.text ?? '')) return null;
  // the clause starts at the sentence start, or after a quote that opens it ("“…,” Name, who …, said")
  let start = s.first;
  for (let m = s.first; m < j - 1; m++) if (input.inQuote[m]) start = m + 1;
  if (input.tokens[start]?.text === ',') start++;
  if (j - 1 - start > 30) return null;
  const comma = input.tokens.slice(start, j - 1).findIndex((t) => APPOSITIVE_DELIMITERS.has(t.text));
  if (comma <= 0) return null;
  const head = phraseAfter(input.tokens, start, start + comma);
  if (!head || head.last !== start + comma || !input.tokens.slice(head.first, head.last).some((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text))) return null;
  for (let m = start; m < j - 1; m++) if (input.tokens[m]?.text === ';') return null;
  return { first: start, last: j - 1, relative: false, antecedent: null };
}

/** An inverted subject after the cue runs to the end of the sentence: "…,” said Ms. Gil, whose family moved …". */
function invertedSubject(input: RuleInput, s: Sentence, k: number): TokenRange | null {
  const { tokens } = input;
  const head = phraseAfter(tokens, k, s.last);
  if (!head || tokens[head.last]?.text !== ',') return head;
  // an appositive or a relative clause belongs to the subject (as attribution corpora mark
  // it); a participle or an adverb after the comma does not (", referring to …", ", however")
  const next = tokens[head.last + 1];
  if (!next || next.pos === 'VERB' || next.pos === 'ADV' || next.pos === 'SCONJ') return head;
  let last = s.last;
  while (last > head.last && /^[.!?…]+$/.test(tokens[last - 1]?.text ?? '')) last--;
  for (let m = head.last; m < last; m++) {
    if (input.inQuote[m]) return head;
    if (tokens[m]?.text === ',' && m > head.last && (tokens[m + 1]?.pos === 'VERB' || tokens[m + 1]?.pos === 'ADV')) return { first: head.first, last: m };
  }
  return { first: head.first, last };
}

/** A verb the role tagger marks as a cue but the lexicon lacks: it may take any content. */
const LEARNED_VERB: CueEntry = { verb: { base: '', object: true }, form: 'past' };

const AGENT_NOUNS = new Set([...ROLE_NOUNS, ...ANONYMOUS_SOURCE_NOUNS, ...GROUP_SOURCE_NOUNS, ...ORGANIZATION_NOUNS]);

/** A learned cue needs someone who can hold a view: a name, a pronoun, a role or a group —
 * not "the election has reignited talks". */
function isAgent(input: RuleInput, range: TokenRange | null): boolean {
  if (!range) return false;
  for (let m = range.first; m < range.last; m++) {
    const t = input.tokens[m] as Token;
    if (t.pos === 'PROPN' || t.pos === 'PRON' || AGENT_NOUNS.has(t.lower)) return true;
  }
  return false;
}

const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(REPORTING_NOUNS);

function hasWordOf(input: RuleInput, range: TokenRange, words: ReadonlySet<string>): boolean {
  for (let m = range.first; m < range.last; m++) if (words.has((input.tokens[m] as Token).lower)) return true;
  return false;
}

/** "voted against the plan", "the poll released Friday shows …": a preposition or a verb after a
 * learned verb is its complement or the main clause, not content. */
function startsWithComplement(input: RuleInput, parts: readonly Span[]): boolean {
  const first = parts[0];
  const pos = first === undefined ? undefined : input.tokens[firstTokenWhere(input.tokens, (x) => x.start >= first.start)]?.pos;
  return pos === 'ADP' || pos === 'VERB' || pos === 'AUX';
}

export function verbFrames(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const entry = input.cues.get((input.tokens[i] as Token).lower);
      if (!entry || input.inQuote[i] || !isCueVerb(input, i, entry) || blocked(input.tokens, i, s.first, entry)) continue;
      const found = frameAt(input, s, i, entry, out[out.length - 1]);
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * The frame of a verb the role tagger labels as a cue and the lexicon lacks ("lobbied", "dubbed"):
 * read like a lexicon verb's, but only with a subject who can hold a view and a content that is
 * not the verb's complement. Null when the word is no verb or no frame is found.
 */
export function learnedVerbFrame(input: RuleInput, i: number): Candidate | null {
  const t = input.tokens[i];
  if (!t || t.pos !== 'VERB' || input.inQuote[i] || input.cues.has(t.lower) || blocked(input.tokens, i, (input.sentences[t.sentence] as Sentence).first, LEARNED_VERB)) return null;
  return frameAt(input, input.sentences[t.sentence] as Sentence, i, LEARNED_VERB, undefined);
}

function frameAt(input: RuleInput, s: Sentence, i: number, entry: CueEntry, previous: Candidate | undefined): Candidate | null {
  const { tokens } = input;
  let j = i;
  const progressive = entry.form === 'participle' && PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '');
  while (j - 1 >= s.first && (AUXILIARIES.has(tokens[j - 1]?.lower ?? '') || tokens[j - 1]?.pos === 'ADV' || (progressive && PASSIVE_AUXILIARIES.has(tokens[j - 1]?.lower ?? '')))) j--;
  // the cue takes its auxiliaries and adverbs: "has previously noted", "also said"
  const cue = cueSpan(input, j, i, entry);
  // "spoke about the economy", "worried about costs": after its particle a cue takes a noun phrase
  const frame: CueEntry = cue.particle ? { ...entry, verb: { ...entry.verb, object: true, needsClause: false } } : entry;
  const past = tokens.slice(j, i).some((t) => PAST_MARKERS.has(t.lower));
  // ", saying …", and "by saying …", "after telling …": the gerund shares the sentence's subject
  const participial = entry.form === 'participle' && (tokens[j - 1]?.text === ',' || GERUND_PREPOSITIONS.has(tokens[j - 1]?.lower ?? ''));
  // "a statement saying …", "a poll showing …": the noun before is the source
  const modifying = entry.form === 'participle' && !progressive && !participial && (tokens[j - 1]?.pos === 'NOUN' || tokens[j - 1]?.pos === 'PROPN');
  if (entry.form === 'participle' && !participial && !progressive && !modifying) return null;
  const shared = participial ? sharedSubject(input, previous, s, i) : null;
  if (participial && !shared) return null;
  const coordinated = ['and', 'but'].includes(tokens[j - 1]?.lower ?? '');
  const subject: Subject | null = participial
    ? null
    : coordinated
      ? mainSubject(input, s, j - 1)
      : (subjectBefore(tokens, s.first, j) ?? subjectFromSentenceStart(input, s, j));
  // ", who opposed the plan, told …": the relative clause ends before the main verb
  const scope = subject?.relative ? relativeScope(input, s, subject, cue.last) : s;
  if (!scope) return null;
  let k = cue.last;
  let inverted: TokenRange | null = null;
  if (!subject && !participial) {
    if (!INVERTING.has(entry.verb.base)) return null;
    inverted = invertedSubject(input, s, k);
    // "“…,” read the caption": after the verb, a thing is what was read, not who spoke
    if (!inverted || !(isAgent(input, inverted) || hasWordOf(input, inverted, DOCUMENT_NOUNS))) return null;
    k = inverted.last;
  }
  const settings: Setting[] = cue.setting ? [cue.setting] : [];
  if (cue.setting) k = Math.max(k, cue.setting.last);
  let addressee: TokenRange | null = null;
  if (frame.verb.addressee && tokens[k]?.lower !== 'that') {
    addressee = phraseAfter(tokens, k, s.last);
    if (addressee) k = addressee.last;
  }
  k = skipAdverbials(input, k, s.last, settings);
  const chosen = chooseContent(input, scope, k, frame, settings, {
    sourceFirst: subject ? subject.first : j,
    leftAllowed: !participial && !subject?.relative,
    inverted: inverted !== null,
  });
  addressee ??= settings.find((x) => x.addressee)?.addressee ?? null;
  if (!chosen) return null;
  const { parts, direct, right } = chosen;
  const sourceRange = shared?.sourceTokens ?? subject ?? inverted;
  if (entry === LEARNED_VERB && (!isAgent(input, subject?.antecedent ?? sourceRange) || startsWithComplement(input, parts))) return null;
  const cueWords = cueWithTrailers(input, cue, k, right !== null && parts[0] === right.parts[0]);
  return {
    rule: RULE,
    kind: direct ? 'direct' : 'indirect',
    source: shared ? shared.source : rangeSpan(input, sourceRange),
    sourceTokens: sourceRange,
    antecedent: shared ? shared.antecedent : (subject?.antecedent ?? null),
    cue: cueWords,
    cueToken: i,
    contentParts: parts,
    addressee,
    origin: null,
    sentence: s.index,
    past: past || (shared?.past ?? false),
    continues: null,
  };
}

/**
 * The sentence as a relative cue sees it. A relative clause set off by commas ("Bekele, who
 * opposed the plan, told …") ends at the comma before the main verb; inside it only a clause or
 * a quote is content (null otherwise): "opposed the plan" describes the subject, the main verb
 * reports. A relative clause without that comma keeps the whole sentence.
 */
/** Words a relative clause's object may take before the main verb: "who opposed it said". */
const RELATIVE_OBJECT_REACH = 5;

/**
 * "the councillors who opposed it said they …": without commas, a reporting verb soon after the
 * relative clause's verb, with no punctuation between, is the main verb; the relative verb
 * describes the subject and reports nothing.
 */
function mainVerbAfter(input: RuleInput, s: Sentence, k: number): boolean {
  for (let m = k; m < Math.min(s.last, k + RELATIVE_OBJECT_REACH); m++) {
    const t = input.tokens[m] as Token;
    if (t.pos === 'PUNCT' || input.inQuote[m]) return false;
    if (t.pos === 'VERB' && input.cues.has(t.lower)) return true;
  }
  return false;
}

function relativeScope(input: RuleInput, s: Sentence, subject: Subject, k: number): Sentence | null {
  const { tokens } = input;
  if (tokens[subject.first - 1]?.text !== ',') return mainVerbAfter(input, s, k) ? null : s;
  for (let m = k; m < s.last - 1; m++) {
    if (input.inQuote[m] || tokens[m]?.text !== ',') continue;
    let v = m + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    const verb = tokens[v];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || verb.lower.endsWith('ing')) continue;
    const next = tokens[k];
    const clause = next !== undefined && (next.lower === 'that' || next.pos === 'SCONJ' || input.quoteOpeningAt.has(next.start) || looksLikeClause(input, k, m));
    return clause ? { ...s, last: m } : null;
  }
  return s;
}

/**
 * When the content follows, the cue takes a colon ("said:"). A setting between them ("said in a
 * statement that …") stays out: PolNeAR's cues leave it out more often than not (train).
 */
function cueWithTrailers(input: RuleInput, cue: ReturnType<typeof cueSpan>, k: number, contentAfterCue: boolean): Span {
  const colon = input.tokens[k];
  if (contentAfterCue && k === cue.last && colon?.text === ':') return spanOf(input.text, cue.span.start, colon.end);
  return cue.span;
}

interface Chosen {
  readonly parts: Span[];
  readonly direct: boolean;
  readonly right: Right | null;
}

/**
 * Which side holds the content. A quote closing right before the source wins, joined by a
 * quote that reopens after the cue (“…,” he said, “…”); otherwise the words after the cue;
 * otherwise a clause before the source ("…, the poll shows"), resumed after the cue when the
 * source sits inside it ("The plan, he said, is dead").
 */
function chooseContent(input: RuleInput, s: Sentence, k: number, entry: CueEntry, settings: Setting[], where: { sourceFirst: number; leftAllowed: boolean; inverted: boolean }): Chosen | null {
  const { tokens } = input;
  const right = contentAfter(input, s, k, entry, settings);
  const left = where.leftAllowed ? contentBefore(input, s, where.sourceFirst) : null;
  const leftIsQuote = left !== null && isQuoteParts(input, left);
  if (left && leftIsQuote) {
    const reopened = right?.direct ? right.parts : [];
    return { parts: [...left, ...reopened], direct: true, right: right?.direct ? right : null };
  }
  if (right && !where.inverted) return { parts: right.parts, direct: right.direct, right };
  // "As Joel Pollak observed, the biggest victor was …": the main clause is the content
  if (!right && tokens[where.sourceFirst - 1]?.lower === 'as' && tokens[k]?.text === ',') {
    const main = contentAfter(input, s, k + 1, entry, settings);
    return main ? { parts: main.parts, direct: main.direct, right: main } : null;
  }
  if (!left) return null;
  const resumes = tokens[k]?.text === ',' && tokens[where.sourceFirst - 1]?.text === ',' ? contentAfter(input, s, k + 1, entry, settings) : null;
  return { parts: [...left, ...(resumes?.parts ?? [])], direct: false, right: resumes };
}

function isQuoteParts(input: RuleInput, parts: readonly Span[]): boolean {
  return parts.every((p) => input.quotes.some((q) => q.parts.some((qp) => qp.start === p.start && qp.end === p.end)));
}
