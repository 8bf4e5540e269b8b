/**
 * The worker thread of `analyzeMany`: its own built entry (dist/worker.js and dist/worker.cjs). It runs the
 * same `analyze` as the main thread, one task at a time, and answers each with the report or the error.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../api/analyze.js';
import { serializeError, type TaskMessage, type WorkerMessage } from './messages.js';

const port = parentPort;
if (port) {
  port.on('message', (task: TaskMessage) => {
    let reply: WorkerMessage;
    try {
      reply = { type: 'done', index: task.index, report: analyze(task.input, task.options) };
    } catch (error) {
      reply = { type: 'failed', index: task.index, error: serializeError(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}
