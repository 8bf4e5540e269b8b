import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const found = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, publishedAt: '2026-06-10' }, { id: 'b', text: b, publishedAt: '2026-06-10' }] }).conflicts.map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));

describe('opposition: "were up" and "were down" tell a rise and a fall', () => {
  it('"visitor numbers were up" vs "visitor numbers fell" is opposition on "were up" / "fell"', () => {
    expect(found('Visitor numbers at the aquarium were up this year, the trust said.', 'Visitor numbers at the aquarium fell this year, the trust said.')).toEqual([{ kind: 'opposition', evidence: ['were up', 'fell'] }]);
  });

  it('"were down 4% in March" vs "rose in March" is opposition', () => {
    expect(found('Passenger numbers on the ferry were down 4% in March.', 'Passenger numbers on the ferry rose in March.')).toEqual([{ kind: 'opposition', evidence: ['were down', 'rose'] }]);
  });

  it('the same direction told two ways is no conflict: "were down" / "fell"', () => {
    expect(found('Passenger numbers on the ferry were down 4% in March.', 'Passenger numbers on the ferry fell in March.')).toEqual([]);
  });

  it('"up for sale", "up and running" tell no change', () => {
    expect(found('The old ferry is up for sale.', 'Ferry prices fell.')).toEqual([]);
    expect(found('The new ticket machines are up and running.', 'Ticket machine use fell.')).toEqual([]);
  });

  it('a fall in one month and a rise in another are no conflict', () => {
    expect(found('Passenger numbers on the ferry were down in May.', 'Passenger numbers on the ferry rose in June.')).toEqual([]);
  });
});

describe('a period after "up on", "higher than", "compared with" is the base of a change, not its date', () => {
  const times = (text: string) => analyze({ documents: [{ id: 'a', text, publishedAt: '2026-06-10' }] }).claims[0]!.times.map((t) => t.span.text);

  it.each([
    ['Ticket sales rose on last year.'],
    ['Bookings were about 3 per cent up on last year.'],
    ['Bookings rose 3 per cent on the previous year.'],
    ['Bookings were lower than in 2024.'],
  ])('%s has no date of its own', (text) => expect(times(text)).toEqual([]));

  it('"rose 5% on Monday" keeps Monday: a day after "on" dates the change', () => {
    expect(times('Ferry shares rose 5% on Monday.')).toEqual(['Monday']);
  });

  it('a verb of change with a full date after "on" keeps the date: "sank on 2019-04-14"', () => {
    expect(times('The cargo ship sank on 2019-04-14 off the coast of Crete.')).toEqual(['2019-04-14']);
  });

  it('"rose in 2025" keeps its year', () => {
    expect(times('Ticket sales rose in 2025.')).toEqual(['2025']);
  });

  it('a change measured against last year and a fall told for this year clash', () => {
    expect(found('Ticket sales were up on last year, the festival said.', 'Ticket sales fell this year, the festival said.').map((c) => c.kind)).toEqual(['opposition']);
  });
});
