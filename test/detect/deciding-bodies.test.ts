/**
 * One decision told with the body and with its members ("the council approved" / "councillors rejected"), and a
 * passive agent whose possessive determines an "-ing" compound ("by the council's planning committee"). Every sentence
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

describe('a body and its members decide one thing', () => {
  it('approved by the council / councillors rejected: opposition', () => {
    expect(reportedBetween('The kennel plans were approved by the council on Thursday.', 'Councillors rejected the kennel plans on Thursday.').map((c) => c.kind)).toEqual(['opposition']);
  });
  it('some members singled out may have voted otherwise (hard negative)', () => {
    expect(reportedBetween('The kennel plans were approved by the council on Thursday.', 'Two councillors rejected the kennel plans on Thursday.')).toEqual([]);
  });
  it('two bodies decide two things (hard negative)', () => {
    expect(reportedBetween('The kennel plans were approved by the council on Thursday.', 'The charity trustees rejected the kennel plans on Thursday.')).toEqual([]);
  });
});

describe('an agent phrase through a possessive and an "-ing" compound', () => {
  it.each([
    ["The plans were approved by the district council's planning committee on Thursday.", "district council's planning committee"],
    ["The plans were approved by Wealden's planning committee.", "Wealden's planning committee"],
  ])('%s', (text, actor) => {
    expect(extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.actor?.text).toBe(actor);
  });
});
