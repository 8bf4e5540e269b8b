import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { shippedDataHash } from './src/report/provenance.js';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];
type TsupPlugin = NonNullable<Options['plugins']>[number];

/**
 * JSON data (stance models, weights, WordNet tables) shipped as `JSON.parse` of one string literal instead of an
 * object literal: V8 compiles a string far faster than a literal of thousands of properties, and JSON.parse builds
 * the same object (V8 blog, "The cost of JavaScript in 2019": JSON.parse for data over ~10 kB).
 */
const jsonAsText: EsbuildPlugin = {
  name: 'json-as-text',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/**
 * Every non-ASCII character of the output written as a \u escape (esbuild escapes strings but leaves regex literals
 * and comments as they are): one such character makes Node decode the whole file the slow way and V8 hold and scan
 * the 4 MB chunk as a two-byte string. An escaped character before it loses its backslash (`\’` is `’`).
 */
const asciiOutput: TsupPlugin = {
  name: 'ascii-output',
  renderChunk(code) {
    const ascii = code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, char: string) => {
      const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
      return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return ascii === code ? undefined : { code: ascii };
  },
};

// The lexicon hash of every report, computed once here from the data the build ships (tens of ms of each cold start).
const define = { __SHIPPED_DATA_HASH__: JSON.stringify(shippedDataHash()) };

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
    define,
    esbuildPlugins: [jsonAsText],
    plugins: [asciiOutput],
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define,
    esbuildPlugins: [jsonAsText],
    plugins: [asciiOutput],
  },
]);
