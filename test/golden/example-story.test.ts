/**
 * What a new user sees first in the bundled example story (examples/), issue 11's item 6: each
 * case passes through the general mechanism (the role tagger deciding over the rules' proposals,
 * then resolution), not through anything that names these texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisDocument, Statement } from '../../src/core/analysis.js';
import { contentText } from '../../src/cli/format/grid.js';
import { readStory, type StoryArticle } from '../store/story.js';

let story: StoryArticle[] = [];

beforeAll(async () => {
  story = await readStory();
});

/** The statement whose content (or a part of it) starts with `words`, and its speaker's name. */
function find(words: string): { statement: Statement; speaker: string | null; document: AnalysisDocument } {
  for (const { document } of story) {
    const statement = document.statements.find((s) => s.contentParts.some((p) => p.text.startsWith(words)));
    if (statement) return { statement, speaker: document.actors.find((a) => a.id === statement.speaker)?.name ?? null, document };
  }
  throw new Error(`no statement says "${words}"`);
}

describe('the example story', () => {
  it('"the councillors who opposed it said they would keep fighting": the councillors speak, not "who"', () => {
    const { statement, speaker } = find('they would keep fighting');
    expect(statement.source?.text).toMatch(/^the councillors/);
    expect(speaker).not.toBe('who');
    expect(statement.source?.text).not.toBe('who');
  });

  it('"A council official who asked not to be named said …": the official is the source, the content is what was said', () => {
    const { statement } = find('two members had changed their minds');
    expect(statement.source?.text).toMatch(/^A council official/);
    expect(statement.content.text).toMatch(/^two members had changed their minds/);
  });

  it('no statement has "not to be named said" as its content', () => {
    for (const { document } of story) for (const s of document.statements) expect(s.content.text).not.toMatch(/^not to be named/);
  });

  it('a quote split by its cue reads as its parts joined by " … " in tables', () => {
    const { statement } = find('Finally');
    expect(statement.contentParts.map((p) => p.text)).toEqual(['Finally', 'My customers won\'t have to drive twenty minutes for a loaf of bread.']);
    expect(contentText(statement)).toBe("Finally … My customers won't have to drive twenty minutes for a loaf of bread.");
  });
});
