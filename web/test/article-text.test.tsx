// @vitest-environment jsdom
/** The article text renders as text: markup in a source stays characters, spans become marks. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Statement } from '../src/api.js';
import { ArticleText } from '../src/ArticleView.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'Intro <img src=x onerror="alert(1)"> <b>bold</b>. “Fine,” Ann Lee said.';
const at = (piece: string) => {
  const start = TEXT.indexOf(piece);
  return { start, end: start + piece.length, text: piece };
};
const STATEMENT: Statement = {
  id: 'S1', kind: 'direct', speaker: 'A1', source: at('Ann Lee'), cue: at('said'), content: at('Fine,'),
  contentParts: [at('Fine,')], via: null, date: null, rule: 'test',
};

let container: HTMLDivElement | null = null;
afterEach(() => container?.remove());

describe('ArticleText', () => {
  it('shows markup from the source as text and highlights the spans', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<ArticleText text={TEXT} statements={[STATEMENT]} chosen="S1" />));
    expect(container.textContent).toBe(TEXT);
    expect(container.querySelector('img, b, script')).toBeNull();
    const marks = [...container.querySelectorAll('mark')].map((m) => [m.dataset['role'], m.textContent, m.classList.contains('chosen')]);
    expect(marks).toEqual([['content', 'Fine,', true], ['speaker', 'Ann Lee', true], ['cue', 'said', true]]);
    await act(async () => root.unmount());
  });
});
