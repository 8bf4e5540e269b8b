/**
 * The stages of an elimination contest or a two-round election, each a separate occasion: what happened in one stage
 * is no account of another ("beat Zhou in the semi-final on Saturday" / "lost the final on Sunday"; "finished second
 * in the first round" / "won the runoff"). Source: WordNet 3.1 nouns quarterfinal n.01, semifinal n.01, final n.03
 * ("the final match between the winners of all previous matches in an elimination tournament"), playoff n.01 and
 * runoff n.02 ("a final election to resolve an earlier election that did not produce a winner"), and the numbered
 * rounds of a contest (round n.05), and the heats of a race (heat n. "a preliminary race in which the winner advances to a
 * more important race": named in the plural or with an ordinal, since the singular is mostly warmth). Each stage with the patterns that name it in lower-case text; a hyphenated
 * premodifier ("a first-round deficit") names no stage of the claim's own event.
 */
export const CONTEST_STAGES: readonly (readonly [stage: string, pattern: string])[] = [
  ['quarterfinal', 'quarter[- ]?finals?'],
  ['semifinal', 'semi[- ]?finals?'],
  ['final', '(?<![-\\w])finals?(?![- ](?:round|day|stage|lap|leg|whistle|score|result|results|standings|table|game|match|set|vote|count|tally|decision|ruling|approval|say|report|figure|figures|version|phase|draft|offer|deadline|quarter|week|month|year|hour|hours|minutes|seconds|moments|two|three|four))'],
  ['heat', '(?<![-\\w])heats(?![-\\w])|\\b(?:first|second|third|fourth|fifth|opening|qualifying) heat\\b'],
  ['playoff', 'play[- ]?offs?'],
  ['runoff', 'run[- ]?offs?'],
  ['first round', 'first round'],
  ['second round', 'second round'],
  ['third round', 'third round'],
  ['opening round', 'opening round'],
  ['final round', 'final round'],
];
