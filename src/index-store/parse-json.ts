import { GainsayError } from '../model/errors.js';

/** Keys that would reach an object's prototype if a later merge copied them: dropped while parsing. */
export const FORBIDDEN_JSON_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse with a size limit and a reviver that drops prototype-polluting keys, so `{"__proto__": …}`
 * in a file can never change Object.prototype or the shape of a validated value.
 */
export function parseJsonSafely(text: string, maxBytes: number, what: (string | number)[] = []): unknown {
  // A UTF-16 unit is at most three UTF-8 bytes: short texts need no encoding to be measured.
  const bytes = text.length * 3 <= maxBytes ? 0 : new TextEncoder().encode(text).byteLength;
  if (bytes > maxBytes) {
    throw new GainsayError('limit-exceeded', [{ path: what, message: `JSON has ${bytes} bytes; the limit is ${maxBytes} (options.limits.maxJsonBytes)` }]);
  }
  try {
    return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_JSON_KEYS.has(key) ? undefined : value));
  } catch (error) {
    throw new GainsayError('invalid-json', [{ path: what, message: `not valid JSON: ${(error as Error).message.split('\n')[0]}` }]);
  }
}
