/**
 * Text folded for matching: lower case, accents dropped, typographic apostrophes made plain —
 * one code unit for one code unit, so an offset found in the folded text is an offset into the
 * text as given and spans need no mapping back.
 */
export function foldText(text: string): string {
  let folded = '';
  for (const unit of text) {
    // ASCII, nearly all of an English text, needs no normalisation: lower-case it directly
    const code = unit.charCodeAt(0);
    folded += code < 0x80 ? (code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : unit) : foldChar(unit);
  }
  return folded;
}

function foldChar(char: string): string {
  if (char === '’' || char === '‘') return "'";
  const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (base.length === char.length) return base;
  const lower = char.toLowerCase();
  // "İ" lowers to two code units, "ß" has no single-unit fold: such characters stay as they are
  return lower.length === char.length ? lower : char;
}
