/**
 * brat counts offsets in Unicode code points (it is written in Python), while our spans count
 * UTF-16 code units. The two differ after every character outside the Basic Multilingual Plane.
 */

/** Returns a function mapping a code-point offset in `text` to the UTF-16 offset of the same place. */
export function codePointToUtf16(text: string): (codePoint: number) => number {
  // Most texts have no astral character: then the offsets coincide and no table is needed.
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (codePoint) => codePoint;
  const table: number[] = [];
  let unit = 0;
  for (const char of text) {
    table.push(unit);
    unit += char.length;
  }
  table.push(unit);
  return (codePoint) => {
    const mapped = table[codePoint];
    if (mapped === undefined) throw new RangeError(`offset ${codePoint} is beyond the end of the text`);
    return mapped;
  };
}
