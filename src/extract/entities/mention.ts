/** Named mentions found in the text, before they are grouped into actors. */
import type { Span } from '../../core/span.js';
import type { ActorKind, Role } from '../../core/analysis.js';
import type { TokenRange } from '../attributions/candidate.js';

export type NameKind = Extract<ActorKind, 'person' | 'organization' | 'country' | 'media'> | 'unknown';

export interface NameMention {
  /** the name itself, titles and demonyms peeled off: "Jean-Noël Barrot" */
  readonly span: Span;
  readonly tokens: TokenRange;
  /** the whole run as written: "French Foreign Minister Jean-Noël Barrot" */
  readonly full: TokenRange;
  readonly kind: NameKind;
  /** canonical form for grouping: "Jean-Noël Barrot", "United Kingdom", "BBC" */
  readonly name: string;
  readonly role: Role | null;
}
