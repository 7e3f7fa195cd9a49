/**
 * Article metadata as every reader gives it, normalised the same way whatever the source
 * wrote: a trimmed title, a YYYY-MM-DD date, a primary language subtag, separate author names.
 * Sources disagree and leave gaps, so readers build layers and `mergeMetadata` fills each
 * field from the first layer that has it.
 */

export interface ArticleMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly authors: readonly string[];
}

export type MetadataLayer = { readonly [K in keyof ArticleMetadata]?: ArticleMetadata[K] | null | undefined };

/** Each field from the first layer that has it; authors from the first layer that names any. */
export function mergeMetadata(...layers: readonly MetadataLayer[]): ArticleMetadata {
  const first = <K extends keyof ArticleMetadata>(key: K): ArticleMetadata[K] | null => {
    for (const layer of layers) {
      const value = layer[key];
      if (value !== null && value !== undefined) return value;
    }
    return null;
  };
  return {
    title: first('title'),
    outlet: first('outlet'),
    url: first('url'),
    published: first('published'),
    language: first('language'),
    authors: layers.find((layer) => (layer.authors?.length ?? 0) > 0)?.authors ?? [],
  };
}

/** A string with its runs of whitespace made single spaces; null when nothing is left. */
export function cleanText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar date a source wrote, as YYYY-MM-DD. The date part is taken as written, never
 * converted to UTC: "2025-03-04T23:30:00-05:00" is 4 March in Eastmere, where it was published.
 * Reads ISO 8601 (also with a space or slashes, or compact), RFC 822 as in RSS
 * ("Tue, 4 Mar 2025 09:00:00 +0000") and "March 4, 2025".
 */
export function normalizeDate(value: unknown): string | null {
  const text = cleanText(value);
  if (text === null) return null;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/-])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(?:[a-z]+\.?,?\s+)?(\d{1,2})\.?\s+([a-z]{3,})\.?,?\s+(\d{2}|\d{4})\b/i.exec(text);
  if (dayFirst) return calendarDate(fullYear(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = /^(?:[a-z]+\.?,?\s+)?([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(text);
  if (monthFirst) return calendarDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  return null;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

/** RFC 822 allows two-digit years; feeds that still use them mean this century or the last. */
function fullYear(year: string | undefined): number {
  const n = Number(year);
  if (year === undefined || year.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over into May: a date that does not round-trip was not a date
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1000) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "en-GB", "en_US" (og:locale), "EN" → "en"; "und" (undetermined) and non-tags → null. */
export function normalizeLanguage(value: unknown): string | null {
  const match = /^([a-z]{2,3})(?:[-_][a-z0-9-_]*)?$/i.exec(cleanText(value) ?? '');
  const primary = match?.[1]?.toLowerCase() ?? null;
  return primary === 'und' ? null : primary;
}

/**
 * Author names from a string, a schema.org Person or Organization, or a list of them.
 * A byline string is split at ";", "|", " and " and " & " ("By Ana Ruiz and Tom Hale"), never
 * at commas, which also separate a name from its role ("Ana Ruiz, health reporter").
 * Profile URLs, which some sites put in `author` metas, are not names.
 */
export function normalizeAuthors(value: unknown): string[] {
  const names = new Map<string, string>();
  const add = (item: unknown): void => {
    if (Array.isArray(item)) {
      for (const entry of item) add(entry);
    } else if (item !== null && typeof item === 'object') {
      add((item as { name?: unknown }).name);
    } else if (typeof item === 'string') {
      for (const part of item.split(/\s*(?:;|\||\band\b|&)\s*/i)) {
        const name = cleanText(part.replace(/^\s*by\b:?/i, ''));
        if (name !== null && !/^[a-z][a-z0-9+.-]*:\/\//i.test(name) && !names.has(name.toLowerCase())) {
          names.set(name.toLowerCase(), name);
        }
      }
    }
  };
  add(value);
  return [...names.values()];
}

/** An absolute http(s) URL, relative ones resolved against `base` when there is one. */
export function absoluteUrl(value: unknown, base?: string | null): string | null {
  const text = cleanText(value);
  if (text === null) return null;
  try {
    const url = new URL(text, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
