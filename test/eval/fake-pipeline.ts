import type { Claim } from '../../src/model/claim.js';
import type { DocumentInput } from '../../src/model/document.js';
import type { EvalPipeline } from '../../src/eval/pipeline.js';
import { claimAt, conflictOf, reportOf } from './builders.js';

/**
 * A stand-in for gainsay's pipeline with rules simple enough to predict by hand: one claim per sentence;
 * two claims match when they share a word of four letters or more; they conflict (band high) when
 * exactly one contains "not"; a sentence with "reportedly" is reported, not asserted.
 */
const SENTENCE = /[^.!?\n]+[.!?]?/g;
const MIN_KEY_LENGTH = 4;
const HEDGE = 'reportedly';

export interface CallLog {
  extract: string[];
  analyze: number;
}

function sentenceClaims(id: string, text: string): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end <= start) continue;
    const hedged = text.slice(start, end).toLowerCase().includes(HEDGE);
    claims.push(claimAt(`${id}:${claims.length}`, id, text, start, end, hedged ? { level: 'reported', stance: 'reported' } : {}));
  }
  return claims;
}

const keysOf = (claim: Claim) => new Set(claim.keys.filter((k) => k.length >= MIN_KEY_LENGTH && k !== HEDGE));
const negated = (claim: Claim) => claim.keys.includes('not');

export function fakePipeline(log: CallLog = { extract: [], analyze: 0 }): EvalPipeline {
  return {
    extractClaims: (doc: DocumentInput) => {
      log.extract.push(doc.id);
      return doc.text.includes('?') ? [] : sentenceClaims(doc.id, doc.text);
    },
    analyze: (input) => {
      log.analyze += 1;
      if (typeof input === 'object' && 'claims' in input) {
        return reportOf(input.claims.map((c) => claimAt(c.id, c.id, c.text, 0, c.text.length)), []);
      }
      return reportOf([], []);
    },
    matchClaims: (a, b) => {
      const bKeys = keysOf(b);
      return [...keysOf(a)].some((k) => bKeys.has(k)) ? 1 : 0;
    },
    compareClaims: (a, b) => (negated(a) !== negated(b) ? conflictOf(`${a.id}~${b.id}`, 'polarity', a, b, 0.9, 'high') : null),
  };
}
