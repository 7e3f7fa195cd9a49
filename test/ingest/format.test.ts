import { describe, expect, it } from 'vitest';
import { chooseFormat, formatOfMediaType, formatOfName, mediaTypeOf, sniffFormat } from '../../src/ingest/format.js';

describe('formatOfName', () => {
  it.each([
    ['a/b.txt', 'text'],
    ['notes.MD', 'text'],
    ['page.htm', 'html'],
    ['page.xhtml', 'html'],
    ['items.json', 'json'],
    ['items.ndjson', 'jsonl'],
    ['feed.rss', 'feed'],
    ['feed.atom', 'feed'],
    ['README', null],
    ['photo.png', null],
  ])('%s → %s', (name, format) => {
    expect(formatOfName(name)).toBe(format);
  });
});

describe('sniffFormat', () => {
  it.each([
    ['an RSS feed after a declaration and a comment', '<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0">', 'feed'],
    ['an Atom feed with a stylesheet instruction', '<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><feed xmlns="…">', 'feed'],
    ['RSS 1.0', '<rdf:RDF xmlns:rdf="…">', 'feed'],
    ['an HTML page', '\n  <!DOCTYPE html><html><body>', 'html'],
    ['an XHTML page', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['an HTML fragment', '<p>Hello</p>', 'html'],
    ['a JSON record', '{\n  "text": "Hi"\n}', 'json'],
    ['a JSON array', '[ {"text": "Hi"} ]', 'json'],
    ['JSON Lines', '{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['one JSON line', '{"text": "a"}\n', 'json'],
    ['text', 'Eastmere council approves footbridge', 'text'],
    ['text opening with a bracket', '[Updated] Eastmere council approves footbridge', 'text'],
    ['empty input', '', 'text'],
  ])('%s', (_label, content, format) => {
    expect(sniffFormat(Buffer.from(content))).toBe(format);
  });

  it('sees through byte order marks', () => {
    expect(sniffFormat(Buffer.from('\uFEFF<rss>'))).toBe('feed');
    expect(sniffFormat(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html>', 'utf16le')]))).toBe('html');
    expect(sniffFormat(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<feed>', 'utf16le').swap16(), Buffer.from([0])]))).toBe('feed');
  });
});

describe('media types', () => {
  it.each([
    ['text/html; charset=utf-8', 'html'],
    ['Application/XHTML+XML', 'html'],
    ['application/rss+xml', 'feed'],
    ['application/x-ndjson', 'jsonl'],
    ['application/json', 'json'],
    ['text/plain', 'sniff'],
    ['application/xml', 'sniff'],
    [undefined, 'sniff'],
    ['image/png', null],
    ['application/pdf', null],
  ])('%s → %s', (contentType, format) => {
    expect(formatOfMediaType(mediaTypeOf(contentType))).toBe(format);
  });
});

describe('chooseFormat', () => {
  it('keeps a declared format, but reads JSON Lines saved as .json as JSON Lines', () => {
    expect(chooseFormat('html', Buffer.from('plain'))).toBe('html');
    expect(chooseFormat('json', Buffer.from('{"text":"a"}\n{"text":"b"}'))).toBe('jsonl');
    expect(chooseFormat('json', Buffer.from('{"text":"a"}'))).toBe('json');
    expect(chooseFormat('sniff', Buffer.from('<feed>'))).toBe('feed');
  });
});
