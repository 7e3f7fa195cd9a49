/**
 * Turns attribution candidates into the document's statements and actors: resolves speakers,
 * addressees and hearsay chains, and gives each statement a via and a date.
 */
import type { Actor, Statement, StatementDate, TimeMention } from '../core/analysis.js';
import { overlaps } from '../core/span.js';
import type { Candidate } from '../extract/attributions/candidate.js';
import type { RuleInput } from '../extract/attributions/input.js';
import { hull } from '../extract/attributions/refine.js';
import type { NameMention } from '../extract/entities/mention.js';
import { ActorRegistry } from './actor-registry.js';
import { dateInSentence, findSettings, type SentenceSetting } from './context.js';
import type { ResolveLanguage } from './language.js';
import { registerNames } from './names.js';
import { SpeakerResolver, type SpokenBy } from './speakers.js';

export interface ResolveInput {
  readonly input: RuleInput;
  readonly candidates: readonly Candidate[];
  readonly names: readonly NameMention[];
  readonly times: readonly TimeMention[];
  /** YYYY-MM-DD, when known */
  readonly published: string | null;
  readonly language: ResolveLanguage;
}

interface Resolved {
  readonly candidate: Candidate;
  readonly speaker: string | null;
  readonly via: string | null;
  readonly date: StatementDate | null;
  readonly paragraph: number;
}

export function resolveStatements(r: ResolveInput): { actors: Actor[]; statements: Statement[] } {
  const registry = new ActorRegistry();
  const resolver = new SpeakerResolver(r.input.text, r.input.tokens, r.names, registry, r.language);
  registerNames(r.input, r.names, registry, resolver, r.language);
  const settings = findSettings(r.input, r.language.settingAt);
  const history: SpokenBy[] = [];
  const done: Resolved[] = [];
  for (const c of r.candidates) {
    const sentence = r.input.sentences[c.sentence];
    const paragraph = sentence?.paragraph ?? 0;
    const speaker = speakerOf(c, done, resolver, history, r.language);
    const { via, date } = contextOf(c, speaker, { r, settings, done, resolver, history });
    done.push({ candidate: c, speaker, via, date, paragraph });
    if (speaker) {
      const kind = registry.kindOf(speaker);
      if (kind) history.push({ key: speaker, kind, paragraph, from: sentence?.start ?? 0 });
    }
    if (speaker && c.source) registry.mention(speaker, c.source);
  }
  const { actors, ids } = registry.finish();
  const statements = done.map((d, n) => toStatement(d, n, ids, r.input.text));
  return { actors, statements };
}

function speakerOf(c: Candidate, done: readonly Resolved[], resolver: SpeakerResolver, history: readonly SpokenBy[], language: ResolveLanguage): string | null {
  const { continues } = c;
  if (continues) return done.find((d) => sameStatement(d.candidate, continues))?.speaker ?? null;
  if (c.antecedent) return resolver.resolve(c.antecedent, history);
  const reply = (c.cue?.text.toLowerCase().split(/\s+/) ?? []).some((w) => language.replyCues.has(w));
  return c.sourceTokens ? resolver.resolve(c.sourceTokens, history, reply) : null;
}

/** Finishers copy candidates (setting each one's kind), so the statement a quote continues is
 * found as the one with the same rule, cue and first content part, not as the same object. */
function sameStatement(a: Candidate, b: Candidate): boolean {
  return a.rule === b.rule && a.cue?.start === b.cue?.start && a.contentParts[0]?.start === b.contentParts[0]?.start;
}

interface ContextInput {
  readonly r: ResolveInput;
  readonly settings: readonly SentenceSetting[];
  readonly done: readonly Resolved[];
  readonly resolver: SpeakerResolver;
  readonly history: readonly SpokenBy[];
}

/**
 * Via and date, nearest first: the statement's own addressee, a setting or date in its own
 * sentence; then what the same speaker's previous statement in the paragraph had; then a
 * setting named earlier in the paragraph ("Barrot gave an interview to the BBC on 23 November.
 * “…,” he said."); then the publication date, unless the statement is reported as earlier.
 */
function contextOf(c: Candidate, speaker: string | null, x: ContextInput): { via: string | null; date: StatementDate | null } {
  const sentence = x.r.input.sentences[c.sentence];
  const paragraph = sentence?.paragraph ?? 0;
  const content = c.contentParts;
  const own = x.settings.find((st) => st.sentence === c.sentence && st.setting.addressee && !content.some((p) => overlaps(p, st.span)));
  const earlier = x.settings.findLast((st) => st.paragraph === paragraph && st.sentence < c.sentence && st.setting.addressee);
  const carried = carry(x.done, speaker, paragraph);
  const resolve = (st: SentenceSetting | undefined): string | null => (st?.setting.addressee ? x.resolver.resolve(st.setting.addressee, x.history) : null);
  const via = (c.addressee ? x.resolver.resolve(c.addressee, x.history) : null) ?? resolve(own) ?? carried?.via ?? resolve(earlier);
  const earlierSentence = earlier ? x.r.input.sentences[earlier.sentence] : undefined;
  const textDate = sentence ? dateInSentence(x.r.times, sentence, content) : null;
  const settingDate = earlierSentence ? dateInSentence(x.r.times, earlierSentence, []) : null;
  const published = x.r.published && !c.past ? { value: x.r.published, precision: 'day' as const, basis: 'publication' as const } : null;
  return { via, date: textDate ?? carried?.date ?? settingDate ?? published };
}

/** The same speaker's last statement in this paragraph lends its via and text date. */
function carry(done: readonly Resolved[], speaker: string | null, paragraph: number): { via: string | null; date: StatementDate | null } | null {
  if (!speaker) return null;
  const previous = done.findLast((d) => d.paragraph === paragraph && d.speaker === speaker);
  if (!previous) return null;
  return { via: previous.via, date: previous.date?.basis === 'text' ? previous.date : null };
}

function toStatement(d: Resolved, n: number, ids: ReadonlyMap<string, string>, text: string): Statement {
  const c = d.candidate;
  const idOf = (key: string | null): string | null => (key ? (ids.get(key) ?? null) : null);
  return {
    id: `s${n + 1}`,
    kind: c.kind,
    speaker: idOf(d.speaker),
    source: c.source,
    cue: c.cue,
    content: hull(c.contentParts, text),
    contentParts: c.contentParts,
    via: idOf(d.via),
    date: d.date,
    rule: c.rule,
  };
}
