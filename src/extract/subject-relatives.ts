import type { Claim } from '../model/claim.js';
import type { ModifierPart } from './noun-modifiers.js';

/**
 * "A ship that sank off Malta in 1942 was found near Sicily": the dates and figures of a relative clause on the subject
 * are that clause's, not the main clause's (the relative ends before the main verb, so nothing is ambiguous), and its
 * places are only mentioned by the main clause, not where its event happened (role "mention"); an onset date stays
 * ("The blaze that broke out on Monday has burned …" started the burning on Monday). A relative after the
 * main verb may close the sentence with an adverbial of either clause, so it keeps its share.
 */
export function withoutSubjectRelatives(main: Claim, modifiers: readonly ModifierPart[]): Claim {
  const verbAt = main.proposition.predicate?.span.start ?? 0;
  const inside = modifiers.filter((m) => m.background === 'relative' && m.ranges.at(-1)!.end <= verbAt).flatMap((m) => m.ranges);
  if (inside.length === 0) return main;
  const outside = (x: { span: { start: number; end: number } }) => !inside.some((r) => x.span.start >= r.start && x.span.end <= r.end);
  const places = main.places.map((p) => (outside(p) ? p : { ...p, role: 'mention' as const }));
  // "The blaze that broke out on Monday has burned …": an onset dates the subject's event itself, so the main clause keeps it.
  const times = main.times.filter((t) => outside(t) || t.opens === 'event');
  return { ...main, times, places, quantities: main.quantities.filter(outside) };
}
