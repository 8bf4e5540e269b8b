/**
 * Verbs that give their subject (or, in the passive, their object) a role named by a noun complement: the copulas
 * "be" and "become", and the complex-transitive verbs of declaration ("was declared the winner", "was named the
 * buyer", "was crowned the champion"; Quirk et al. 1985, § 16.48 object complements of verbs of declaring and naming).
 * "X was declared the winner of the race" says X won it.
 */
export const ROLE_ASSIGNING_VERBS: readonly string[] = ['be', 'become', 'declare', 'name', 'proclaim', 'crown'];
