/**
 * Groups mentions into the article's actors: one actor per person however named ("Jean-Noël
 * Barrot", "Barrot", "Barrot’s"), per outlet, organisation, country, and per anonymous or
 * collective source ("a British military source"). The canonical name is the fullest form.
 */
import type { Actor, ActorKind, Role } from '../core/analysis.js';
import type { Span } from '../core/span.js';
import { compareSpans } from '../core/span.js';

interface Entry {
  key: string;
  kind: ActorKind;
  name: string;
  /** normalizeName(name) and its last word, kept with the name: lookups compare them often */
  normal: string;
  surname: string;
  roles: Role[];
  mentions: Span[];
  firstOffset: number;
}

/** Case- and accent-insensitive key: "Jean-Noel Barrot" and "Jean-Noël Barrot" are one. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s$/u, '')
    .replace(/^(the|a|an)\s+/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function lastWord(normal: string): string {
  return normal.slice(normal.lastIndexOf(' ') + 1);
}

/** What localeCompare does, with the collator built once rather than per comparison. */
const KEY_ORDER = new Intl.Collator();

export class ActorRegistry {
  private readonly entries = new Map<string, Entry>();
  /** normalizeName by name: an article names the same actors again and again */
  private readonly normals = new Map<string, string>();

  /** Finds the person whose surname (or full name) this single word is. */
  personBySurname(word: string): string | undefined {
    return this.personByNormal(this.normalOf(word));
  }

  private normalOf(name: string): string {
    let normal = this.normals.get(name);
    if (normal === undefined) {
      normal = normalizeName(name);
      this.normals.set(name, normal);
    }
    return normal;
  }

  /** The entry fields that follow from its name. */
  private naming(name: string): Pick<Entry, 'name' | 'normal' | 'surname'> {
    const normal = this.normalOf(name);
    return { name, normal, surname: lastWord(normal) };
  }

  /** The first person registered whose surname or normalised name is `normal`. */
  private personByNormal(normal: string): string | undefined {
    for (const e of this.entries.values()) {
      if (e.kind === 'person' && (e.surname === normal || e.normal === normal)) return e.key;
    }
    return undefined;
  }

  /** Returns the key of the actor, creating it on first sight. */
  add(kind: ActorKind, name: string, mention: Span | null, role: Role | null = null): string {
    const key = this.keyFor(kind, name);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { key, kind, ...this.naming(name), roles: [], mentions: [], firstOffset: mention?.start ?? Number.MAX_SAFE_INTEGER };
      this.entries.set(key, entry);
    }
    if (name.length > entry.name.length && kind === entry.kind) Object.assign(entry, this.naming(name));
    if (mention) this.mention(key, mention);
    if (role) this.addRole(key, role);
    return key;
  }

  private keyFor(kind: ActorKind, name: string): string {
    const normal = this.normalOf(name);
    if (kind === 'person' && !normal.includes(' ')) return this.personByNormal(normal) ?? `person:${normal}`;
    if (kind === 'person') {
      // a full name absorbs an earlier surname-only person ("Barrot" seen before "Jean-Noël Barrot")
      const alone = this.entries.get(`person:${lastWord(normal)}`);
      if (alone) return alone.key;
    }
    return `${kind}:${normal}`;
  }

  mention(key: string, span: Span): void {
    const entry = this.entries.get(key);
    if (!entry || entry.mentions.some((m) => m.start === span.start && m.end === span.end)) return;
    entry.mentions.push(span);
    entry.firstOffset = Math.min(entry.firstOffset, span.start);
  }

  addRole(key: string, role: Role): void {
    const entry = this.entries.get(key);
    if (!entry || (!role.title && !role.affiliation)) return;
    const same = entry.roles.find((r) => r.title === role.title || (r.title === null && r.affiliation === role.affiliation));
    if (same && same.title === role.title && (same.affiliation === role.affiliation || !role.affiliation)) return;
    if (same) entry.roles[entry.roles.indexOf(same)] = { title: same.title ?? role.title, affiliation: same.affiliation ?? role.affiliation };
    else entry.roles.push(role);
  }

  kindOf(key: string): ActorKind | undefined {
    return this.entries.get(key)?.kind;
  }

  nameOf(key: string): string | undefined {
    return this.entries.get(key)?.name;
  }

  /**
   * Whether a role noun describes the actor: one of its titles holds the noun ("Defence
   * Minister" for "minister"), or it is a source named by that noun ("a senior official").
   */
  describedBy(key: string, noun: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    if (entry.roles.some((r) => (r.title ?? '').toLowerCase().includes(noun))) return true;
    return (entry.kind === 'anonymous' || entry.kind === 'group') && entry.surname === noun;
  }

  /** Of the actors `accept` takes, the one mentioned last before `offset`. */
  lastMentionedBefore(offset: number, accept: (key: string) => boolean): string | undefined {
    let best: { key: string; end: number } | undefined;
    for (const e of this.entries.values()) {
      let end = -1;
      for (const m of e.mentions) if (m.end <= offset && m.end > end) end = m.end;
      if (end >= 0 && (!best || end > best.end) && accept(e.key)) best = { key: e.key, end };
    }
    return best?.key;
  }

  rolesOf(key: string): readonly Role[] {
    return this.entries.get(key)?.roles ?? [];
  }

  /** Actors ordered by first mention, with ids a1, a2, …; `ids` maps keys to those ids. */
  finish(): { actors: Actor[]; ids: Map<string, string> } {
    const ordered = [...this.entries.values()].sort((a, b) => a.firstOffset - b.firstOffset || KEY_ORDER.compare(a.key, b.key));
    const ids = new Map<string, string>();
    const actors = ordered.map((e, n) => {
      const id = `a${n + 1}`;
      ids.set(e.key, id);
      return { id, name: e.name, kind: e.kind, roles: e.roles, mentions: [...e.mentions].sort(compareSpans) };
    });
    return { actors, ids };
  }
}
