/**
 * Words that name a second party to an act right beside its doer: coordinators and quasi-coordinators ("Volkar and
 * Apex bought the mill", "the mayor, together with her deputy, opened it": Quirk et al. 1985, ch. 13, coordination
 * and quasi-coordination with "as well as", "along with", "together with"), comitative "with" (Quirk et al. 1985,
 * § 9.48, accompaniment) and the participles of assistance that add a helper to an agent ("shot by a hunter,
 * assisted by a ranger"; Quirk et al. 1985, § 17.33 on supplementive -ed clauses). The second party shares the act:
 * a report naming only it names no rival doer.
 */
export const CO_PARTY_MARKERS: readonly string[] = [
  'and', '&', 'as well as', 'along with', 'together with', 'alongside', 'with', 'with the help of', 'with help from',
  'assisted by', 'helped by', 'aided by', 'joined by', 'accompanied by', 'supported by',
];
