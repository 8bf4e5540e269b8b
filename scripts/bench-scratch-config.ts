import { defineConfig } from 'tsup';
export default defineConfig({
  entry: { index: '/tmp/gidx/index.ts', worker: '/work/main/src/batch/worker.ts' },
  format: ['esm', 'cjs'], dts: false, clean: true, target: 'node20', treeshake: true, shims: true,
  outDir: '/tmp/gdist',
});
