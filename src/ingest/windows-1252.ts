/**
 * Windows-1252 decoding. Node 20's TextDecoder accepts the label but decodes it as Latin-1,
 * turning 0x93/0x94 into C1 controls instead of curly quotes, so the 32 bytes where the two
 * differ are mapped here, from the WHATWG Encoding Standard's index-windows-1252.
 */

/** Code points for bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their C1 value. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** Every byte is a character in Windows-1252, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH_CONTROL_RANGE[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}
