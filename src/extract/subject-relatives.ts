import type { Claim } from '../model/claim.js';
import type { ModifierPart } from './noun-modifiers.js';

/**
 * "A ship that sank off Malta in 1942 was found near Sicily": the dates and figures of a relative clause on the subject
 * are that clause's, not the main clause's (the relative ends before the main verb, so nothing is ambiguous), and its
 * places are only mentioned by the main clause, not where its event happened (role "mention"); an onset date stays
 * ("The blaze that broke out on Monday has burned …" started the burning on Monday). So are those of a participial
 * modifier before the main verb ("Following an audit completed on 2 March, the operator withdrew …", "Samples taken on
 * Saturday showed …": Quirk et al. 1985 § 17.96, a reduced relative) and of a non-restrictive relative clause anywhere
 * ("…, by Mary Tregear, who built the first one in 1990": set off by commas, it adds a fact of its own, § 17.22), though
 * a participle's figures stay with the main clause. A restrictive relative after the main verb may close the sentence
 * with an adverbial of either clause, so it keeps its share.
 */
export function withoutSubjectRelatives(main: Claim, modifiers: readonly ModifierPart[]): Claim {
  const verbAt = main.proposition.predicate?.span.start ?? 0;
  const owning = modifiers.filter((m) => ownsItsDetails(m, verbAt));
  if (owning.length === 0) return main;
  const within = (parts: readonly ModifierPart[]) => {
    const ranges = parts.flatMap((m) => m.ranges);
    return (x: { span: { start: number; end: number } }) => ranges.some((r) => x.span.start >= r.start && x.span.end <= r.end);
  };
  const inside = within(owning);
  // "A man wanted for two robberies was arrested": a participle's figure picks out whom the main clause is about.
  const counted = within(owning.filter((m) => m.background === 'relative'));
  const places = main.places.map((p) => (inside(p) ? { ...p, role: 'mention' as const } : p));
  // "The blaze that broke out on Monday has burned …": an onset dates the subject's event itself, so the main clause keeps it.
  const times = main.times.filter((t) => !inside(t) || t.opens === 'event');
  return { ...main, times, places, quantities: main.quantities.filter((q) => !counted(q)) };
}

function ownsItsDetails(m: ModifierPart, verbAt: number): boolean {
  if (m.background === 'relative' && m.nonRestrictive === true) return true;
  return (m.background === 'relative' || m.background === 'participial') && m.ranges.at(-1)!.end <= verbAt;
}
