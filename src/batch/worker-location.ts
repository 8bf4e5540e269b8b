/** The worker entry's name, built next to the library's own files as worker.js (ESM) and worker.cjs (CJS). */
export const WORKER_BASENAME = 'worker';

export interface WorkerLocation {
  /** The worker file, next to the file running this code. */
  url: URL;
  /** True when running from the TypeScript sources (tests, scripts under tsx) rather than a build. */
  fromSource: boolean;
}

/**
 * Where the worker entry lives, from the URL of the running module: same folder, same extension. The ESM build
 * gives `…/dist/index.js` (or a chunk beside it), the CJS build `…/dist/index.cjs` (tsup's import.meta.url
 * shim), the sources `…/src/batch/*.ts`.
 */
export function workerLocation(moduleUrl: string): WorkerLocation {
  const file = new URL(moduleUrl);
  const dot = file.pathname.lastIndexOf('.');
  const slash = file.pathname.lastIndexOf('/');
  const extension = dot > slash ? file.pathname.slice(dot) : '.js';
  return { url: new URL(`./${WORKER_BASENAME}${extension}`, file), fromSource: extension === '.ts' };
}

/**
 * Code for an eval'd worker that loads the TypeScript worker through tsx (a devDependency): Node 20 workers do
 * not inherit the parent's loader hooks, so running from the sources needs this bootstrap.
 */
export function sourceBootstrap(url: URL): string {
  return `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}
