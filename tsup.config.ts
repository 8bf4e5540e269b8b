import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The worker is its own entry, built beside index in both formats: dist/worker.js and dist/worker.cjs.
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts', eval: 'src/eval/index.ts', worker: 'src/batch/worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', schemas: 'src/schemas.ts', eval: 'src/eval/index.ts' } },
    clean: true,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
    // Shared chunks in both formats: one copy of the pipeline (and of GainsayError) behind every CJS entry too.
    splitting: true,
    // import.meta.url in the CJS build: analyzeMany finds worker.cjs next to index.cjs.
    shims: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
