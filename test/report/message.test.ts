import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { conflictMessage } from '../../src/report/message.js';
import { documentsOf, MESSAGE_ROWS } from './message-rows.js';

describe('conflict messages, rendered from the structured conflict', () => {
  it.each(MESSAGE_ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const report = analyze({ documents: documentsOf(row) });
    expect(report.conflicts.map((c) => c.kind)).toEqual([row.kind]);
    expect(report.conflicts[0]!.message).toBe(row.expected);
  });

  it('covers every conflict kind', () => {
    expect(new Set(MESSAGE_ROWS.map((r) => r.kind)).size).toBe(9);
  });

  it('Conflict.message is what the report renderer gives for the conflict and its two claims', () => {
    const report = analyze({ documents: documentsOf(MESSAGE_ROWS[1]!) });
    const conflict = report.conflicts[0]!;
    const claims = conflict.claims.map((id) => report.claims.find((c) => c.id === id)!);
    expect(conflictMessage(conflict, [claims[0]!, claims[1]!])).toBe(conflict.message);
  });

  it('says which of two shared citations holds which side only when the text does not', () => {
    const article = 'While some reports indicated Russia had not yet confirmed attendance, other accounts said Putin explicitly spurned the invitation and would not attend the talks [2, 3].';
    const messages = analyze(article).conflicts.map((c) => c.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.endsWith(' Which of sources 2 and 3 says which is not stated.')).toBe(true);
  });
});
