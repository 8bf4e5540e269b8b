import { Worker } from 'node:worker_threads';
const url = new URL('./bench-scratch-w.ts', import.meta.url).href;
const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
const w = new Worker(code, { eval: true });
w.on('message', (m) => { console.log('got', m); w.terminate(); });
w.on('error', (e) => console.log('err', e.message));
