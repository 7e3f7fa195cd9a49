/**
 * The role tagger's labels: each token is outside every attribution (O) or begins (B) or
 * continues (I) a cue, a source or a content, as PolNeAR annotates them.
 */
export const ROLE_LABELS = ['O', 'B-CUE', 'I-CUE', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'] as const;

export type RoleLabel = (typeof ROLE_LABELS)[number];

export const LABEL_COUNT = ROLE_LABELS.length;

export type Role = 'cue' | 'source' | 'content';

export const ROLES: readonly Role[] = ['cue', 'source', 'content'];

/** The B label of a role; its I label is one more. */
export const BEGIN: Readonly<Record<Role, number>> = { cue: 1, source: 3, content: 5 };

/** The role a label belongs to, null for O. */
export function roleOf(label: number): Role | null {
  if (label === 1 || label === 2) return 'cue';
  if (label === 3 || label === 4) return 'source';
  if (label === 5 || label === 6) return 'content';
  return null;
}

export const isBegin = (label: number): boolean => label === 1 || label === 3 || label === 5;
