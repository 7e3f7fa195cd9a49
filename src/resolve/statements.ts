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
import { dateInSentence, settingsIn } from './context.js';
import { registerNames } from './names.js';
import { SpeakerResolver, type SpokenBy } from './speakers.js';

export interface ResolveInput {
  readonly input: RuleInput;
  readonly candidates: readonly Candidate[];
  readonly names: readonly NameMention[];
  readonly times: readonly TimeMention[];
  /** YYYY-MM-DD, when known */
  readonly published: string | null;
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
  const resolver = new SpeakerResolver(r.input.text, r.input.tokens, r.names, registry);
  registerNames(r.input, r.names, registry, resolver);
  const history: SpokenBy[] = [];
  const done: Resolved[] = [];
  for (const c of r.candidates) {
    const sentence = r.input.sentences[c.sentence];
    const paragraph = sentence?.paragraph ?? 0;
    const speaker = speakerOf(c, done, resolver, history);
    const via = c.addressee ? resolver.resolve(c.addressee, history) : null;
    const content = c.contentParts;
    const own = sentence ? settingsIn(r.input, sentence).find((x) => !content.some((p) => overlaps(p, x.span)) && x.setting.addressee) : undefined;
    const carried = carry(done, speaker, paragraph);
    const settingVia = own?.setting.addressee ? resolver.resolve(own.setting.addressee, history) : null;
    const textDate = sentence ? dateInSentence(r.times, sentence, content) : null;
    const date = textDate ?? carried?.date ?? (r.published && !c.past ? { value: r.published, precision: 'day' as const, basis: 'publication' as const } : null);
    done.push({ candidate: c, speaker, via: via ?? settingVia ?? carried?.via ?? null, date, paragraph });
    if (speaker) {
      const kind = registry.kindOf(speaker);
      if (kind) history.push({ key: speaker, kind, paragraph });
    }
    if (speaker && c.source) registry.mention(speaker, c.source);
  }
  const { actors, ids } = registry.finish();
  const statements = done.map((d, n) => toStatement(d, n, ids, r.input.text));
  return { actors, statements };
}

function speakerOf(c: Candidate, done: readonly Resolved[], resolver: SpeakerResolver, history: readonly SpokenBy[]): string | null {
  if (c.continues) return done.find((d) => d.candidate === c.continues)?.speaker ?? null;
  if (c.antecedent) return resolver.resolve(c.antecedent, history);
  return c.sourceTokens ? resolver.resolve(c.sourceTokens, history) : null;
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
