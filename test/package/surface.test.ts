import { describe, expect, it } from 'vitest';
import * as evaluation from '../../src/eval/index.js';
import * as main from '../../src/index.js';
import * as schemas from '../../src/schemas.js';

// The runtime exports of each entry, as the README lists them; a new export is a decision, made here.
const MAIN = [
  'BANDS',
  'CERTAINTY_LEVELS',
  'CLAIM_STATES',
  'CONFLICT_KINDS',
  'ConflictIndex',
  'DEFAULT_WEIGHTS',
  'DRAFT_VERDICTS',
  'GainsayError',
  'QUANTITY_BOUNDS',
  'REPORTING_STANCES',
  'SKIP_REASONS',
  'SOURCE_KINDS',
  'VERSION',
  'alignClaims',
  'analyze',
  'analyzeMany',
  'checkDraft',
  'compareClaims',
  'detectConflicts',
  'extractClaims',
  'matchClaims',
  'outputJsonSchemas',
  'renderHtml',
  'renderMarkdown',
  'renderText',
];
const EVAL = ['CaseFileSchema', 'PAIR_LABELS', 'STANCES', 'STANCE_MODEL', 'evaluateCases', 'evaluatePairs', 'evaluateStance', 'explainStance', 'loadCaseFile', 'loadPairs', 'parseFnc1', 'parsePairsJsonl', 'predictStance', 'stanceSide'];

describe('public surface', () => {
  it('the main entry exports the calls, the label lists and the version: at most 40 names, no schema', () => {
    expect(Object.keys(main).sort()).toEqual(MAIN);
    expect(MAIN.length).toBeLessThanOrEqual(40);
  });

  it('gainsay/eval exports the evaluators and what they take', () => {
    expect(Object.keys(evaluation).sort()).toEqual(EVAL);
  });

  it('gainsay/schemas exports every schema of the model, and the label lists they are built from', () => {
    const names = Object.keys(schemas);
    expect(names.filter((n) => !n.endsWith('Schema')).sort()).toEqual(['BANDS', 'CERTAINTY_LEVELS', 'CLAIM_STATES', 'CONFLICT_KINDS', 'DRAFT_VERDICTS', 'QUANTITY_BOUNDS', 'REPORTING_STANCES', 'SKIP_REASONS', 'SOURCE_KINDS']);
    for (const name of ['ClaimSchema', 'ConflictSchema', 'ReportSchema', 'DocumentSchema', 'OptionsSchema', 'DraftCheckSchema', 'IndexSnapshotSchema']) expect(names).toContain(name);
    expect(schemas.SpanSchema.safeParse({ start: 0, end: 1, text: 'a' }).success).toBe(true);
    expect(schemas.SpanSchema.safeParse({ start: -1, end: 1, text: 'a' }).success).toBe(false);
  });

  it('the label lists are the same objects in both entries', () => {
    expect(schemas.CONFLICT_KINDS).toBe(main.CONFLICT_KINDS);
    expect(schemas.BANDS).toBe(main.BANDS);
  });
});
