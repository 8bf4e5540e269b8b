import type { AnalyzeFn } from '../../src/eval/pipeline.js';
import type { Band, ConflictKind } from '../../src/model/conflict.js';
import type { DocumentInput } from '../../src/model/document.js';
import { claimAt, conflictOf, reportOf } from './builders.js';

/** What the fake reports for a hypothesis: one conflict, between premise and hypothesis or inside the premise. */
export interface Scripted {
  kind: ConflictKind;
  band: Band;
  score: number;
  /** 'premise' puts the conflict between the premise's first two sentences, which must not count */
  between?: 'sides' | 'premise';
}

/** Seven pairs whose rates are worked out by hand in evaluate-pairs.test.ts. */
export const TINY_PAIRS = [
  { id: 'c1', premise: 'Five people died in the fire.', hypothesis: 'Nine people died in the fire.', label: 'contradiction', kind: 'numeric' },
  { id: 'c2', premise: 'The road reopened on Monday.', hypothesis: 'The road is still closed.', label: 'contradiction', kind: 'status' },
  { id: 'c3', premise: 'The summit was held in Lisbon.', hypothesis: 'The summit was held in Madrid.', label: 'contradiction', kind: 'location' },
  { id: 'c4', premise: 'The bank lent the city money.', hypothesis: 'The city lent the bank money.', label: 'contradiction' },
  { id: 'k1', premise: 'Shares rose on Friday.', hypothesis: 'Shares gained on Friday.', label: 'entailment' },
  { id: 'k2', premise: 'The toll is 4. The toll is 9.', hypothesis: 'Officials gave a toll.', label: 'unknown' },
  { id: 'k3', premise: 'The final was played in Istanbul.', hypothesis: 'The final was played in Turkey.', label: 'entailment' },
] as const;

export const TINY_SCRIPT: Record<string, Scripted> = {
  'Nine people died in the fire.': { kind: 'numeric', band: 'high', score: 0.9 },
  'The road is still closed.': { kind: 'polarity', band: 'medium', score: 0.6 },
  'The summit was held in Madrid.': { kind: 'location', band: 'low', score: 0.3 },
  'Shares gained on Friday.': { kind: 'opposition', band: 'medium', score: 0.55 },
  'Officials gave a toll.': { kind: 'numeric', band: 'high', score: 0.95, between: 'premise' },
};

/** An analyze that reads the hypothesis and returns the scripted conflict; it records every input. */
export function scriptedAnalyze(script: Record<string, Scripted>, calls: DocumentInput[][] = []): AnalyzeFn {
  return (input) => {
    const documents = typeof input === 'object' && 'documents' in input ? input.documents : [];
    calls.push(documents);
    const [premise, hypothesis] = documents;
    if (premise === undefined || hypothesis === undefined) return reportOf([], []);
    const dot = premise.text.indexOf('.') + 1;
    const p0 = claimAt('p0', premise.id, premise.text, 0, dot);
    const p1 = claimAt('p1', premise.id, premise.text, Math.min(dot + 1, premise.text.length), premise.text.length);
    const h0 = claimAt('h0', hypothesis.id, hypothesis.text, 0, hypothesis.text.length);
    const s = script[hypothesis.text];
    if (s === undefined) return reportOf([p0, h0], []);
    const [a, b] = s.between === 'premise' ? [p0, p1] : [p0, h0];
    return reportOf([p0, p1, h0], [conflictOf('x', s.kind, a, b, s.score, s.band)]);
  };
}
