import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFnc1 } from '../../src/eval/fnc1-parse.js';
import { readFnc1 } from '../../src/eval/fnc1-read.js';
import { GainsayError } from '../../src/model/errors.js';

const MINI = fileURLToPath(new URL('../fixtures/fnc1-mini', import.meta.url));
const BODY_7 = 'The council approved the bridge plan on Tuesday.\n\nOfficials said construction would begin in spring, calling the delay "long overdue".';
const BODY_12 = 'A bakery, open since 1990, won the regional bread award. The owner reportedly plans a second shop.';

function errorOf(run: () => unknown): GainsayError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GainsayError);
    return error as GainsayError;
  }
  throw new Error('expected a GainsayError');
}

describe('readFnc1', () => {
  it('joins stances with bodies, keeping quotes, commas and line breaks inside fields (and skipping a BOM)', () => {
    expect(readFnc1(MINI)).toEqual([
      { headline: 'Council approves bridge plan, work to begin in spring', bodyId: '7', body: BODY_7, stance: 'agree' },
      { headline: 'Council has not approved the "bridge plan"', bodyId: '7', body: BODY_7, stance: 'disagree' },
      { headline: 'Bakery plans second shop\nafter award', bodyId: '12', body: BODY_12, stance: 'discuss' },
      { headline: 'Stadium roof collapses in storm', bodyId: '12', body: BODY_12, stance: 'unrelated' },
      { headline: 'Will the bakery open a second shop?', bodyId: '12', body: BODY_12, stance: 'discuss' },
    ]);
  });

  it('finds the official prefixed file names and reads an unlabelled set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fnc1-'));
    writeFileSync(join(dir, 'competition_test_bodies.csv'), 'Body ID,articleBody\n3,"Rain fell, briefly."\n');
    writeFileSync(join(dir, 'competition_test_stances.csv'), 'Headline,Body ID\nRain expected,3\n');
    expect(readFnc1(dir)).toEqual([{ headline: 'Rain expected', bodyId: '3', body: 'Rain fell, briefly.' }]);
  });

  it('names a missing directory and a missing file', () => {
    const missing = join(tmpdir(), 'no-such-fnc1-folder');
    expect(errorOf(() => readFnc1(missing)).issues[0]!.path).toEqual([missing]);
    const empty = mkdtempSync(join(tmpdir(), 'fnc1-empty-'));
    expect(errorOf(() => readFnc1(empty)).issues).toEqual([{ path: [join(empty, 'bodies.csv')], message: 'no bodies.csv' }]);
  });
});

describe('parseFnc1', () => {
  const bodies = 'Body ID,articleBody\n1,Text one.\n';

  it('rejects a stance outside the four labels, naming file and row', () => {
    const e = errorOf(() => parseFnc1(bodies, 'Headline,Body ID,Stance\nA,1,agree\nB,1,neutral\n'));
    expect(e.issues).toEqual([{ path: ['stances.csv'], message: 'row 2: unknown stance "neutral"' }]);
  });

  it('rejects a body id the bodies file lacks, and a missing column', () => {
    expect(errorOf(() => parseFnc1(bodies, 'Headline,Body ID\nA,9\n')).issues).toEqual([
      { path: ['stances.csv'], message: 'row 1: no body with id "9" in bodies.csv' },
    ]);
    expect(errorOf(() => parseFnc1('Body ID,text\n1,x\n', 'Headline,Body ID\nA,1\n')).issues).toEqual([
      { path: ['bodies.csv'], message: 'missing column "articleBody"' },
    ]);
  });

  it('reports malformed CSV as invalid input naming the file', () => {
    const e = errorOf(() => parseFnc1(bodies, 'Headline,Body ID\n"unclosed,1\n'));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]!.path).toEqual(['stances.csv']);
  });
});
