import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { GainsayError } from '../../src/model/errors.js';
import { PROTOTYPE_NAMES } from './arbitraries.js';

const TEXT_A = 'Officials said Putin will attend the talks in Istanbul [1].';
const TEXT_B = 'Officials said Putin will not attend the talks in Istanbul [1].';
/** The default reliability of a source of kind "unknown" (src/lexicon/source-reliability.ts). */
const UNKNOWN_RELIABILITY = 0.5;

/** Whatever analyze does with the input, Object.prototype must come out untouched. */
function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
const CLEAN = prototypeKeys();

afterEach(() => {
  expect(prototypeKeys()).toEqual(CLEAN);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('JSON input with __proto__ and constructor keys cannot pollute prototypes', () => {
  it('a __proto__ key at the top of the input is refused as invalid input', () => {
    const input = JSON.parse(`{"documents":[{"id":"a","text":${JSON.stringify(TEXT_A)}}],"__proto__":{"polluted":true}}`);
    expect(() => analyze(input)).toThrow(GainsayError);
  });

  it('__proto__ keys in documents, sources, citations and options change nothing outside the call', () => {
    const input = JSON.parse(`{"documents":[
      {"id":"a","text":${JSON.stringify(TEXT_A)},"__proto__":{"polluted":true},"source":{"name":"Wire","__proto__":{"polluted":true}},
       "citations":{"__proto__":{"name":"evil","polluted":true},"1":{"name":"Reuters"}}},
      {"id":"b","text":${JSON.stringify(TEXT_B)}}]}`);
    const options = JSON.parse('{"aliases":{"__proto__":["polluted"]},"reliability":{"__proto__":0.1,"constructor":0.9}}');
    const report = analyze(input, options);
    expect(report.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(report.documents[0]!.citations['1']!.name).toBe('Reuters');
    expect(Object.getPrototypeOf(report.documents[0]!.citations)).toBe(Object.prototype);
  });
});

describe('names that are keys of Object.prototype are ordinary names', () => {
  for (const name of PROTOTYPE_NAMES) {
    it(`a source named "${name}" gets the default reliability, and scores stay numbers`, () => {
      const report = analyze({
        documents: [
          { id: 'a', text: TEXT_A, source: name },
          { id: 'b', text: TEXT_B, source: { name, kind: 'unknown' } },
        ],
      });
      expect(report.documents.map((d) => d.source.reliability)).toEqual([UNKNOWN_RELIABILITY, UNKNOWN_RELIABILITY]);
      expect(report.documents[0]!.citations['1']!.reliability).toBe(UNKNOWN_RELIABILITY);
      expect(report.conflicts.length).toBeGreaterThan(0);
      for (const c of report.conflicts) expect(Number.isFinite(c.score)).toBe(true);
    });
  }

  it('a document id of "constructor" or "__proto__" is an ordinary id', () => {
    const report = analyze({ documents: [{ id: 'constructor', text: TEXT_A }, { id: '__proto__', text: TEXT_B }] });
    expect(report.documents.map((d) => d.id)).toEqual(['constructor', '__proto__']);
    expect(report.claims.map((c) => c.documentId)).toEqual(['constructor', '__proto__']);
  });
});
