/**
 * The invented sentences of scripts/probe-extraction.ts: subjects, verbs and objects of wire copy, and templates of
 * the constructions around them. Written for the probe, from no evaluation file; each template says what the
 * clause's main claim must read: its state and whether the subject is its actor.
 */
export const PROBE_SUBJECTS: readonly string[] = [
  'The firm', 'The city council', 'The local health board', 'Harlow Town', 'The Dunmore ferry company', 'Ms Okafor', 'The ministry',
  'Police', 'The union', 'The airline', 'The judge', 'The club', 'The hospital trust', 'The regulator', 'The port authority', 'The bank',
];

/** Past form, lemma, third-person present. */
export const PROBE_VERBS: readonly (readonly [string, string, string])[] = [
  ['approved', 'approve', 'approves'], ['renewed', 'renew', 'renews'], ['paid', 'pay', 'pays'], ['signed', 'sign', 'signs'],
  ['released', 'release', 'releases'], ['closed', 'close', 'closes'], ['sold', 'sell', 'sells'], ['published', 'publish', 'publishes'],
  ['accepted', 'accept', 'accepts'], ['extended', 'extend', 'extends'], ['funded', 'fund', 'funds'], ['ordered', 'order', 'orders'],
  ['fined', 'fine', 'fines'], ['hired', 'hire', 'hires'], ['opened', 'open', 'opens'], ['cleared', 'clear', 'clears'],
  ['raised', 'raise', 'raises'], ['ended', 'end', 'ends'], ['increased', 'increase', 'increases'], ['cut', 'cut', 'cuts'],
];

export const PROBE_OBJECTS: readonly string[] = ['the contract', 'its licence', 'two leases', 'the fees'];

export interface ProbeTemplate {
  /** {S} the subject as written, {s} lower-cased inside a sentence, {V} past, {B} base form, {Z} present, {G} "-ing" form, {O} the object, {P} it passive (no "its"). */
  text: string;
  state: 'affirmed' | 'negated' | 'pending' | 'any';
  /** The subject is the actor ('subject'), the clause has none ('none'), or either ('any'). */
  actor: 'subject' | 'none' | 'any';
}

export const PROBE_TEMPLATES: readonly ProbeTemplate[] = [
  { text: '{S} {V} {O} on Monday.', state: 'affirmed', actor: 'subject' },
  { text: '{S} has {V} {O}.', state: 'affirmed', actor: 'subject' },
  { text: '{S} has not {V} {O}.', state: 'negated', actor: 'subject' },
  { text: '{S} did not {B} {O}.', state: 'negated', actor: 'subject' },
  { text: '{S} will not {B} {O}.', state: 'negated', actor: 'subject' },
  { text: '{S} never {V} {O}.', state: 'negated', actor: 'subject' },
  { text: '{S} no longer {Z} {O}.', state: 'negated', actor: 'subject' },
  { text: '{S} could not {B} {O}.', state: 'negated', actor: 'subject' },
  { text: '{S} is {G} {O}.', state: 'affirmed', actor: 'subject' },
  { text: '{S} was not {G} {O}.', state: 'negated', actor: 'subject' },
  { text: 'On Monday, {s} {V} {O}.', state: 'affirmed', actor: 'subject' },
  { text: 'Last week {s} {V} {O}.', state: 'affirmed', actor: 'subject' },
  { text: 'According to officials, {s} {V} {O}.', state: 'affirmed', actor: 'subject' },
  { text: '{S} {V} {O}, a spokeswoman said.', state: 'affirmed', actor: 'subject' },
  { text: 'A spokeswoman said {s} had {V} {O}.', state: 'affirmed', actor: 'subject' },
  { text: 'Officials said that {s} had not {V} {O}.', state: 'negated', actor: 'subject' },
  { text: '{S}, based in Leeds, {V} {O}.', state: 'affirmed', actor: 'subject' },
  { text: '{S} {V} {O} after the vote.', state: 'affirmed', actor: 'subject' },
  { text: '{S} {V} {O} when the talks ended.', state: 'affirmed', actor: 'subject' },
  { text: '{S} {V} {O} and left the meeting.', state: 'affirmed', actor: 'subject' },
  { text: '{P} was {V} by {s} on Monday.', state: 'affirmed', actor: 'subject' },
  { text: '{P} was not {V} by {s}.', state: 'negated', actor: 'subject' },
  { text: '{P} has been {V}, {s} said.', state: 'affirmed', actor: 'none' },
  { text: 'It was {s} that {V} {O}.', state: 'affirmed', actor: 'subject' },
  { text: '{S} is expected to {B} {O}.', state: 'any', actor: 'subject' },
];

/**
 * A second vocabulary, written after the rules the first one chose and never used to choose any: the same templates
 * with other subjects, verbs and objects measure whether those rules hold beyond the words that found them.
 */
export const PROBE_SUBJECTS_B: readonly string[] = [
  'The operator', 'The county court', 'The water board', 'Kestrel Mining', 'Mr Adeyemi', 'The embassy', 'Customs officers', 'The council leader',
  'The charity', 'The broadcaster', 'The coroner', 'The orchestra', 'The fire service', 'The watchdog', 'The landlord', 'The insurer',
];
export const PROBE_VERBS_B: readonly (readonly [string, string, string])[] = [
  ['rejected', 'reject', 'rejects'], ['delayed', 'delay', 'delays'], ['settled', 'settle', 'settles'], ['seized', 'seize', 'seizes'],
  ['revoked', 'revoke', 'revokes'], ['awarded', 'award', 'awards'], ['scrapped', 'scrap', 'scraps'], ['launched', 'launch', 'launches'],
  ['collected', 'collect', 'collects'], ['reduced', 'reduce', 'reduces'], ['doubled', 'double', 'doubles'], ['restored', 'restore', 'restores'],
  ['inspected', 'inspect', 'inspects'], ['banned', 'ban', 'bans'], ['disputed', 'dispute', 'disputes'], ['returned', 'return', 'returns'],
  ['sold', 'sell', 'sells'], ['built', 'build', 'builds'], ['shut', 'shut', 'shuts'], ['won', 'win', 'wins'],
];
export const PROBE_OBJECTS_B: readonly string[] = ['the permit', 'its claim', 'three vessels', 'the payments'];

/**
 * Templates of two predications in one sentence (scripts/probe-coordination.ts): coordinated verb phrases that share
 * their subject (Quirk et al. 1985, § 13.43) and a non-restrictive relative clause on the subject (§ 17.22). {V2}
 * {B2} {Z2} {G2} {O2} are a second verb and object; {D1} and {D2} name the dates each predication must keep as its own
 * (empty when the template gives that predication none).
 */
export interface PairTemplate {
  text: string;
  /** The second predication's state ('any' where a modal or plan makes it the lexicon's reading). */
  second: 'affirmed' | 'negated' | 'any';
  /** The dates each predication must carry, and must not carry the other's. */
  dates: readonly [string, string];
}

export const PAIR_TEMPLATES: readonly PairTemplate[] = [
  { text: '{S} {V} {O} on Monday and {V2} {O2} on Friday.', second: 'affirmed', dates: ['Monday', 'Friday'] },
  { text: '{S} {V} {O} on Monday, and {V2} {O2} on Friday.', second: 'affirmed', dates: ['Monday', 'Friday'] },
  { text: '{S} {V} {O} last week and will {B2} {O2} next year.', second: 'any', dates: ['last week', 'next year'] },
  { text: '{S} has {V} {O} and has {V2} {O2}.', second: 'affirmed', dates: ['', ''] },
  { text: '{S} {V} {O} but did not {B2} {O2}.', second: 'negated', dates: ['', ''] },
  { text: '{S} {V} {O} and then {V2} {O2} in March.', second: 'affirmed', dates: ['', 'March'] },
  { text: '{S} {V} {O} in May and is now {G2} {O2}.', second: 'affirmed', dates: ['May', ''] },
  { text: '{S}, which {V} {O} last year, {V2} {O2} on Monday.', second: 'affirmed', dates: ['last year', 'Monday'] },
  { text: 'A spokeswoman said {s} had {V} {O} and would {B2} {O2}.', second: 'any', dates: ['', ''] },
  { text: '{S} {V} {O} on Monday and has since {V2} {O2}.', second: 'affirmed', dates: ['Monday', ''] },
];
