/** The worker thread of the analysis pool: analyse what arrives, answer with the document or the error. */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import type { WorkerReply, WorkerRequest } from './analysis-pool.js';

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, document: analyze(request.text, request.options) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
