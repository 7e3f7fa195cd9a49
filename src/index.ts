export { analyze } from './analyze.js';
export * from './core/analysis.js';
export * from './core/span.js';
export { WhosaidError, ERROR_CODES, type ErrorCode } from './core/errors.js';
