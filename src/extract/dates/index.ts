export { findTimes, type DateFindings } from './find-times.js';
