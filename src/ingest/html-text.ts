/**
 * HTML → plain text for analysis: one paragraph per block (paragraph, heading, list item,
 * quotation, table cell, line break), whitespace collapsed inside it, paragraphs joined by a
 * blank line. Script, style and other non-text content never reach the text.
 */
import { JSDOM } from 'jsdom';
import { checkNesting, MAX_FRAGMENT_DEPTH } from './markup-limits.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose start and end break a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

/** Elements whose text is code, styling, embedded documents or form controls: never article text. */
const SKIPPED = new Set([
  'button', 'canvas', 'embed', 'head', 'iframe', 'math', 'noscript', 'object', 'script', 'select', 'style', 'svg',
  'template', 'textarea', 'title',
]);

/** The text of a DOM subtree, paragraphs separated by "\n\n". Iterative: deep nesting cannot overflow the stack. */
export function domToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const breakParagraph = (): void => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  // a null entry marks the end of a block whose children were pushed before it
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      breakParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    const name = node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '';
    if (SKIPPED.has(name)) continue;
    if (name === 'br' || BLOCKS.has(name)) {
      breakParagraph();
      stack.push(null);
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  breakParagraph();
  return paragraphs.join('\n\n');
}

/**
 * The text of an HTML fragment, such as a feed item's content.
 * @throws WhosaidError E_INPUT_FORMAT for markup nested too deep to parse safely
 */
export function htmlToText(html: string, origin: string): string {
  checkNesting(html, MAX_FRAGMENT_DEPTH, origin);
  return domToText(JSDOM.fragment(html));
}

/**
 * Text that may or may not be HTML, as feeds carry it: markup is converted; plain text keeps
 * its blank-line paragraphs, each with its whitespace collapsed.
 */
export function markupToText(value: string, origin: string): string {
  if (/<\/?[a-z][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(value)) return htmlToText(value, origin);
  return value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
