/**
 * The library: analyse an article, read sources, keep a store and query it — what the CLI
 * does, for programs. Pinned by test/public-api.test.ts.
 */
export { analyze, ANALYZER_VERSION, articleId } from './analyze.js';
export * from './core/analysis.js';
export * from './core/span.js';
export { WhosaidError, ERROR_CODES, type ErrorCode } from './core/errors.js';
export type * from './core/stance.js';
export { parseQuestions, questionFromSentence } from './extract/stances/questions.js';
export { matchQuestion } from './extract/stances/match.js';
export { judgeStance, rulesBackend } from './extract/stances/rules-backend.js';
export { stancesFor, stanceInputs, type StancesOptions } from './extract/stances/stances-for.js';
export { modelBackend, type ModelBackendOptions } from './stance-model/model-backend.js';
export { stanceModelFromConfig, STANCE_ENV, type StanceModelFlags } from './stance-model/config.js';
export { fileCache, type AnswerCache } from './stance-model/cache.js';
export { collectSources, type CollectOptions } from './ingest/collect.js';
export type { SourceDocument, SourceFailure, SourceItem } from './ingest/source-document.js';
export { createAnalysisPool, type AnalysisPool } from './jobs/analysis-pool.js';
export { ingestSources, type IngestOptions, type IngestProgress, type IngestSummary } from './jobs/ingest.js';
export { reanalyzeStore, type ReanalyzeOptions, type ReanalyzeSummary } from './jobs/reanalyze.js';
export { SqliteStore } from './store/sqlite/sqlite-store.js';
export type * from './store/store.js';
export { judgeStoredStatements } from './positions/judge-store.js';
export { changes, positions, type JudgedStatement, type Position, type PositionChange, type PositionEntry } from './positions/positions.js';
export { speaksFor } from './positions/speaks-for.js';
