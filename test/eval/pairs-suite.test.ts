import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../fixtures/pairs/', import.meta.url);
const BODIES = new URL('../../../shared/data/fnc1-dev/bodies.csv', import.meta.url);
const hasShared = existsSync(BODIES);
if (!hasShared) console.warn('[gainsay] ../shared/data is absent: the pair-suite substring check is skipped.');

const KINDS = ['polarity', 'opposition', 'status', 'numeric', 'temporal', 'location', 'quote', 'attribution', 'actor'];
const LABELS = ['entailment', 'contradiction', 'unknown'];

interface Row {
  id: string;
  premise: string;
  hypothesis: string;
  label: string;
  kind?: string;
  source: string;
}

function rows(file: string): Row[] {
  return readFileSync(new URL(file, DIR), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

const contradictions = rows('contradictions.jsonl');
const compatible = rows('compatible.jsonl');
const all = [...contradictions, ...compatible];

function bodiesById(csv: string): Map<string, string> {
  const records = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
  return new Map(records.map((r) => [r['Body ID']!, r['articleBody']!]));
}

describe('textbook pair suite (test/fixtures/pairs)', () => {
  it('has unique ids, valid labels, kinds on every contradiction and a source on every pair', () => {
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(LABELS).toContain(r.label);
      expect(r.premise.trim().length).toBeGreaterThan(0);
      expect(r.hypothesis.trim().length).toBeGreaterThan(0);
      expect(r.source).toMatch(/^(written|fnc1-dev body \d+)$/);
    }
    for (const r of contradictions) {
      expect(r.label).toBe('contradiction');
      expect(KINDS).toContain(r.kind);
    }
    for (const r of compatible) {
      expect(r.label).not.toBe('contradiction');
      expect(r.kind).toBeUndefined();
    }
  });

  it('has the counts the README states: >= 100 contradictions covering every kind, >= 100 compatible', () => {
    expect(contradictions).toHaveLength(145);
    expect(compatible).toHaveLength(140);
    expect(new Set(contradictions.map((r) => r.kind))).toEqual(new Set(KINDS));
    expect(compatible.filter((r) => r.label === 'entailment')).toHaveLength(111);
    expect(all.filter((r) => r.source !== 'written')).toHaveLength(201);
  });

  it.skipIf(!hasShared)('FNC-1 premises are exact substrings of the body they name (>= 70)', () => {
    const bodies = bodiesById(readFileSync(BODIES, 'utf8'));
    expect(bodies.size).toBe(435);
    const sourced = all.filter((r) => r.source !== 'written');
    const wrong = sourced.filter((r) => !(bodies.get(r.source.replace('fnc1-dev body ', '')) ?? '').includes(r.premise));
    expect(wrong.map((r) => r.id)).toEqual([]);
    expect(sourced.length).toBeGreaterThanOrEqual(70);
  });
});
