import { describe, expect, it } from 'vitest';

describe('the library entry point', () => {
  it('exports exactly the documented functions and values', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual(
      [
        'ANALYZER_VERSION',
        'ERROR_CODES',
        'SCHEMA_VERSION',
        'SqliteStore',
        'WhosaidError',
        'analyze',
        'articleId',
        'collectSources',
        'createAnalysisPool',
        'ingestSources',
        'reanalyzeStore',
        'parseQuestions',
        'questionFromSentence',
        'matchQuestion',
        'judgeStance',
        'rulesBackend',
        'stancesFor',
        'stanceInputs',
        'modelBackend',
        'stanceModelFromConfig',
        'STANCE_ENV',
        'fileCache',
        'judgeStoredStatements',
        'positions',
        'changes',
        'speaksFor',
        ...Object.keys(await import('../src/core/span.js')),
      ].sort(),
    );
  });
});
