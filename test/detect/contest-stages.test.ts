/**
 * Two stages of one contest are two occasions (detect/contest-stages.ts, lexicon/contest-stages.ts). Sentences invented
 * for this file; expectations written before the first run. Positives: the same stage told twice still clashes.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';
import { stagesApart, stagesNamed } from '../../src/detect/contest-stages.js';

const claim = (text: string) => extractClaims({ id: 'x', text, source: { name: 'X' } })[0]!;
const report = (id: string, text: string) => ({ id, source: { name: `${id.toUpperCase()} Wire` }, text, publishedAt: '2026-03-14' });
const kinds = (a: string, b: string) =>
  analyze({ documents: [report('a', a), report('b', b)] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('stagesNamed', () => {
  it.each([
    ['Lena Park won the semi-final on Saturday.', ['semifinal']],
    ['Lena Park lost the final to Ana Cruz.', ['final']],
    ['The quarterfinals were played in Oslo.', ['quarterfinal']],
    ['Voters return for the run-off in May.', ['runoff']],
    ['He finished second in the first round.', ['first round']],
    ['Park won the runoff after a first-round deficit.', ['runoff']],
    ['The final whistle blew at 9 p.m.', []],
    ['The final result was announced on Monday.', []],
    ['The council gave its final approval.', []],
  ])('%s → %j', (text, stages) => {
    expect([...stagesNamed(claim(text))]).toEqual(stages);
  });
});

describe('stagesApart', () => {
  it('two stages are apart', () => {
    expect(stagesApart(claim('Lena Park won the semi-final on Saturday.'), claim('Lena Park lost the final on Sunday.'))).toBe(true);
    expect(stagesApart(claim('Omar Said finished second in the first round.'), claim('Omar Said won the runoff.'))).toBe(true);
  });
  it('one stage named twice, or on one side only, is not', () => {
    expect(stagesApart(claim('Lena Park reached the final.'), claim('Lena Park won the final on Sunday.'))).toBe(false);
    expect(stagesApart(claim('Lena Park won the final.'), claim('Lena Park lifted the trophy on Sunday.'))).toBe(false);
  });
});

describe('in analyze', () => {
  it('a date of the semi-final against a date of the final is no clash', () => {
    expect(kinds('Lena Park beat Ana Cruz in the semi-final of the Varna Open on Saturday, organisers said. She dropped one set.', 'Lena Park lost the final of the Varna Open on Sunday, organisers said. The crowd was small.')).not.toContain('temporal');
  });
  it('one stage dated twice still clashes', () => {
    expect(kinds('Lena Park won the final of the Varna Open on Saturday, organisers said. She dropped one set.', 'Lena Park won the Varna Open final on Sunday, organisers said. The crowd was small.')).toEqual(['temporal']);
  });
});
