/**
 * A word-keyed record without a prototype: looking up a word such as "constructor" or "toString" finds nothing,
 * where a plain object literal would hand back Object.prototype's function and crash the caller.
 */
export function nullPrototype<T extends object>(record: T): T {
  return Object.assign(Object.create(null) as T, record);
}
