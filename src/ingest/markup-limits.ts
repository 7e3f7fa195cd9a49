/**
 * Limits that keep hostile or broken HTML from stalling a batch. jsdom's cost per inserted
 * node grows with its depth, and Readability's scoring with both depth and size: 1,000 nested
 * divs take Readability about a minute, 20,000 overflow jsdom's stack. Real news pages nest a
 * few dozen deep and hold a few thousand elements, so the limits are far above them.
 */
import { WhosaidError } from '../core/errors.js';

/** For a whole page, which Readability reads. */
export const MAX_PAGE_DEPTH = 256;
/** For a fragment (a feed item's content), which only our own linear conversion reads. */
export const MAX_FRAGMENT_DEPTH = 1000;
/** Readability's time grows faster than linearly with the element count. */
export const MAX_PAGE_ELEMENTS = 15_000;

/** Elements that never hold others, or that the parser closes by itself when a sibling starts. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rb', 'rt', 'rp', 'html', 'head', 'body',
]);

/** Elements whose content is text, not markup: a "<" inside them starts no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/**
 * Refuses markup nested deeper than `limit`, measured on the source without parsing it.
 * The count is approximate (it ignores what the parser repairs) but linear in the input:
 * comments and raw text are skipped with one search each, and a tag ends at the next "<" at
 * the latest, so a run of unclosed "<a" cannot make the scan quadratic.
 * @throws WhosaidError E_INPUT_FORMAT
 */
export function checkNesting(html: string, limit: number, origin: string): void {
  const lower = html.toLowerCase();
  const tag = /<!--|<(\/?)([a-z][^\s/<>]*)[^<>]*?(\/?)>/g;
  let depth = 0;
  for (let match = tag.exec(lower); match !== null; match = tag.exec(lower)) {
    const [text, close, name = '', selfClosing] = match;
    const skipTo = text === '<!--' ? '-->' : RAW_TEXT.has(name) && close === '' ? `</${name}` : null;
    if (skipTo !== null) {
      const end = lower.indexOf(skipTo, tag.lastIndex);
      if (end < 0) return;
      tag.lastIndex = end + skipTo.length;
      continue;
    }
    if (NOT_NESTING.has(name) || selfClosing === '/') continue;
    depth = close === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > limit) {
      throw new WhosaidError('E_INPUT_FORMAT', `${origin}: HTML nested more than ${limit} elements deep; not read`);
    }
  }
}
