/**
 * User text → an FTS5 query. Every word becomes a quoted term, so punctuation, operators
 * ("NOT", "-") and unbalanced quotes in a search box can never be a syntax error; all terms
 * must match. A trailing "*" on a word keeps its meaning as a prefix search.
 */
export function ftsQuery(text: string): string | null {
  const terms = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu) ?? [];
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const prefix = term.endsWith('*');
      const word = (prefix ? term.slice(0, -1) : term).replace(/"/g, '');
      return `"${word}"${prefix ? '*' : ''}`;
    })
    .join(' ');
}

/** Groups of word prefixes → "(a* AND b*) OR (c*)"; prefixes are cleaned like search words. */
export function prefixQuery(groups: readonly (readonly string[])[]): string | null {
  const clauses = groups.flatMap((group) => {
    const terms = group.flatMap((prefix) => (prefix.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `"${word}"*`));
    return terms.length === 0 ? [] : [`(${terms.join(' AND ')})`];
  });
  return clauses.length === 0 ? null : clauses.join(' OR ');
}
