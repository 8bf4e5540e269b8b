import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-03-06' }).map((c) => ({
    lemma: c.proposition.predicate?.lemma,
    quantities: c.quantities.map((q) => q.span.text),
  }));

describe('a time clause with a present verb under a future main clause tells a future event, not a fact (Quirk et al. 1985, § 14.21)', () => {
  it.each([
    ['once + present perfect passive', 'The committee will start work on the roof in May, once the remaining £9,000 has been raised.', [{ lemma: 'start', quantities: [] }]],
    ['when + present perfect, "will" before it', 'The agency will publish its decision when the application has been determined.', [{ lemma: 'publish', quantities: [] }]],
    ['a fronted "once" clause', 'Once the money is raised, work will start.', [{ lemma: 'start', quantities: [] }]],
    ['"hopes to", a verb the tagger may read as a noun', "The hall's committee hopes to start work in May, once the remaining £9,000 has been raised.", [{ lemma: 'start', quantities: [] }]],
    ['"plans to" in the main clause', 'The club plans to reopen the hall after the roof has been repaired.', [{ lemma: 'reopen', quantities: [] }]],
  ])('%s: %s', (_, text, want) => {
    expect(claims(text)).toEqual(want);
  });

  it.each([
    ['a past main clause keeps its time clause as a claim', 'Work started once the money had been raised.', ['start', 'raise']],
    ['a past verb in the time clause under a future main clause is a fact', 'The museum will reopen after the roof was repaired last year.', ['reopen', 'repair']],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(claims(text).map((c) => c.lemma)).toEqual(want);
  });

  it('a condition for the future raises no alarm against an amount raised', () => {
    const report = analyze({
      documents: [
        { id: 'a', text: 'The show raised £2,400 for the roof fund, the treasurer said.', publishedAt: '2026-03-06' },
        { id: 'b', text: 'Work on the roof will start in May, once the remaining £9,000 has been raised from grants.', publishedAt: '2026-03-06' },
      ],
    });
    expect(report.conflicts.filter((c) => c.band !== 'low')).toEqual([]);
  });
});
