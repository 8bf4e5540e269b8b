import { describe, expect, it } from 'vitest';
import { atInput, deserializeError, serializeError } from '../../src/batch/messages.js';
import { sourceBootstrap, workerLocation } from '../../src/batch/worker-location.js';
import { GainsayError } from '../../src/model/errors.js';

describe('workerLocation', () => {
  it.each([
    ['file:///app/node_modules/gainsay/dist/index.js', 'file:///app/node_modules/gainsay/dist/worker.js', false],
    ['file:///app/node_modules/gainsay/dist/index.cjs', 'file:///app/node_modules/gainsay/dist/worker.cjs', false],
    ['file:///app/node_modules/gainsay/dist/chunk-AB12CD.js', 'file:///app/node_modules/gainsay/dist/worker.js', false],
    ['file:///repo/src/batch/pool.ts', 'file:///repo/src/batch/worker.ts', true],
    ['file:///C:/Program%20Files/app/dist/index.cjs', 'file:///C:/Program%20Files/app/dist/worker.cjs', false],
  ])('%s → %s', (moduleUrl, workerUrl, fromSource) => {
    const where = workerLocation(moduleUrl);
    expect(where.url.href).toBe(workerUrl);
    expect(where.fromSource).toBe(fromSource);
  });

  it('the source bootstrap registers tsx before importing the worker', () => {
    expect(sourceBootstrap(new URL('file:///repo/src/batch/worker.ts'))).toBe(
      `import('tsx/esm/api').then((tsx) => { tsx.register(); return import("file:///repo/src/batch/worker.ts"); });`,
    );
  });
});

describe('errors across the thread boundary', () => {
  it('a GainsayError keeps its code and issues, and atInput prefixes the input index', () => {
    const original = new GainsayError('invalid-input', [{ path: ['documents', 0, 'text'], message: 'Invalid input' }]);
    const back = atInput(7, deserializeError(serializeError(original)));
    expect(back).toBeInstanceOf(GainsayError);
    expect((back as GainsayError).code).toBe('invalid-input');
    expect((back as GainsayError).issues).toEqual([{ path: ['inputs', 7, 'documents', 0, 'text'], message: 'Invalid input' }]);
    expect(back.message).toBe('inputs.7.documents.0.text: Invalid input');
  });

  it('any other error becomes an Error whose message names the input', () => {
    const back = atInput(3, deserializeError(serializeError(new RangeError('stack blown'))));
    expect(back).not.toBeInstanceOf(GainsayError);
    expect(back.message).toBe('inputs.3: stack blown');
  });
});
