/**
 * Frames that tell what a count or an event is about, so two claims worded differently can be read as one event.
 *
 * Sources: the lexical units of Berkeley FrameNet 1.7 (Ruppenhofer et al., "FrameNet II: Extended Theory and
 * Practice", 2016): the Event frame (happen, occur, take place, transpire) and, for verbs whose object is the event
 * itself, the support verbs NomBank lists for event nouns (Meyers et al. 2004: hold, stage, host); the Death and
 * Killing frames; Experience_bodily_harm and Cause_harm; Arrest; Medical_conditions and the infection sense of
 * Cause_harm's neighbour Infecting ("infect", "sicken": the people an outbreak made ill), kept apart from
 * hospitalisation, which counts only the worst of them. Entries are lemmas (verbs, nouns, adjectives);
 * a two-word entry is a verb lemma and the noun it takes ("take place").
 */

/** Verbs that say only that an event happened or was held: their subject or object is the event itself. */
export const HAPPENING_VERBS: readonly string[] = [
  'happen', 'occur', 'take place', 'transpire', 'come about', 'unfold', 'hold', 'stage', 'host',
];

/**
 * Verbs of FrameNet 1.7's Being_located frame (and its base sense in WordNet 3.1, base.v.02 "use as a base", with
 * headquarter.v.01): each says only where a thing is, so two of them with two places ("is headquartered in Munich" /
 * "is based in Hamburg") place one thing twice. Verb lemmas.
 */
export const LOCATED_VERBS: readonly string[] = ['locate', 'situate', 'base', 'headquarter', 'house', 'station'];

/**
 * Outcomes a count of people is a count of ("five were shot dead" counts the dead): a count in one frame and a count
 * in another ("killed" / "injured") are of different people.
 */
export const OUTCOME_FRAMES: Readonly<Record<string, readonly string[]>> = {
  death: [
    'die', 'perish', 'dead', 'death', 'demise', 'kill', 'killing', 'murder', 'slay', 'massacre', 'assassinate',
    'slaughter', 'fatality', 'fatal', 'deadly', 'lethal', 'drown',
  ],
  injury: ['injure', 'injury', 'injured', 'wound', 'wounded', 'hurt', 'maim'],
  arrest: ['arrest', 'apprehend', 'detain', 'detention', 'custody', 'nab'],
  illness: ['infect', 'infection', 'infected', 'sicken', 'sickened', 'ill', 'illness', 'sick'],
  hospitalisation: ['hospitalize', 'hospitalise', 'hospitalized', 'hospitalised', 'hospitalization', 'hospitalisation'],
};

/**
 * Ways copy tells a hospital stay or an injury without its frame's verb: a verb of FrameNet 1.7's Bringing and
 * Cause_motion frames (take, rush, airlift …) with "hospital" ("was taken to hospital"), a verb of needing or receiving
 * with "hospital treatment", and a verb of FrameNet's Cure frame (treat) with a medical carer or place ("treated by
 * paramedics", "treated in hospital"). A hospital stay told with injuries ("with minor injuries") is an injury too.
 */
export const HOSPITAL_CONVEYING_VERBS: readonly string[] = ['take', 'rush', 'airlift', 'fly', 'ferry', 'carry', 'admit', 'transfer', 'bring'];
export const TREATMENT_NEEDING_VERBS: readonly string[] = ['need', 'require', 'receive'];
export const TREATING_VERBS: readonly string[] = ['treat'];
export const MEDICAL_CARERS: readonly string[] = ['paramedic', 'paramedics', 'medic', 'medics', 'ambulance', 'hospital', 'doctor', 'doctors', 'nurse', 'nurses'];
export const INJURY_WORDS: readonly string[] = ['injury', 'injuries', 'injured', 'hurt', 'wound', 'wounds', 'wounded', 'cut', 'cuts', 'bruise', 'bruises', 'fracture', 'fractures', 'burn', 'burns'];

/**
 * Idioms of FrameNet 1.7's Death frame ("lose one's life") and Killing frame ("the crash claimed 87 lives", "took the
 * lives of four climbers", "cost 30 lives"): the noun "life" as the object of one of these verbs names a death, so the
 * count it carries or stands by counts the dead. Verb lemmas and the noun's two forms.
 */
export const LIFE_NOUNS: readonly string[] = ['life', 'lives'];
export const LIFE_ENDING_VERBS: readonly string[] = ['lose', 'claim', 'take', 'cost', 'sacrifice'];

/**
 * Verbs whose object is an event people were at, which says the event took place ("120 people watched the matinee"):
 * the verb lexical units of FrameNet 1.7 Attending (attend) and Perception_active (watch) used of occasions.
 */
export const ATTENDING_VERBS: readonly string[] = ['attend', 'watch'];

/**
 * Words that say a count is of the people at an occasion ("a crowd of 14,000", "20,000 people attended"): the verb of
 * FrameNet 1.7's Attending frame (attend) and of its Visiting frame (visit), and the WordNet 3.0 nouns for the people
 * present at an event or the number of them (attendance, attendee, audience, crowd, onlooker, spectator, turnout,
 * visitor). Kept apart from OUTCOME_FRAMES: a count of "fans" or "people" with no such word may still be the crowd.
 */
export const ATTENDANCE_WORDS: readonly string[] = ['attend', 'attendance', 'attendee', 'audience', 'crowd', 'onlooker', 'spectator', 'turnout', 'visit', 'visitor'];

/**
 * Two-word verbs of being present at an occasion, as verb lemma and particle: WordNet 3.0's turn_out ("come and gather
 * for a public event"; "come, usually in answer to an invitation") and turn_up / show_up ("appear … make a showing":
 * "She turned up at the funeral"). "Just 900 turned up" counts attendance; "turned out to be" and "turns out 3,000
 * bats a year" are other verbs.
 */
export const ATTENDANCE_PHRASAL_VERBS: readonly (readonly [string, string])[] = [['turn', 'out'], ['turn', 'up'], ['show', 'up']];

/**
 * Verbs whose subject, counted, is the crowd at an occasion ("About 9,000 people lined the streets", "fans packed the
 * arena"): the verb lexical units of FrameNet 1.7's Come_together (gather, assemble, congregate, converge, flock,
 * mass, throng), Filling (pack, fill, cram) and Distributed_position (line) frames, and watch (ATTENDING_VERBS).
 */
export const GATHERING_VERBS: readonly string[] = ['gather', 'assemble', 'congregate', 'converge', 'flock', 'mass', 'throng', 'pack', 'fill', 'cram', 'line', 'watch'];

/**
 * Person nouns whose plurals, counted, are members of a crowd (WordNet 3.0 noun.person senses: fan.n.03 "an
 * enthusiastic devotee of sports", supporter, spectator, onlooker, attendee, visitor, reveller, worshipper, pilgrim,
 * mourner, protester, demonstrator, marcher, concertgoer, theatregoer, shopper). A count of other persons ("300
 * police officers") at an occasion is no count of its crowd.
 */
export const CROWD_MEMBER_NOUNS: readonly string[] = [
  'fan', 'supporter', 'spectator', 'onlooker', 'attendee', 'visitor', 'reveller', 'worshipper', 'pilgrim', 'mourner',
  'protester', 'demonstrator', 'marcher', 'concertgoer', 'theatregoer', 'shopper',
];

/**
 * Verbs by which a subject of attendance states its figure ("Attendance was about 23,000", "the crowd numbered 5,000",
 * "turnout topped 40,000"): be, the verb lexical units of FrameNet 1.7's Amounting_to frame (amount, number, total)
 * and verbs of reaching a value on a scale (stand at, reach, top, exceed, hit, near, pass, swell).
 */
export const AMOUNTING_VERBS: readonly string[] = ['be', 'amount', 'number', 'total', 'stand', 'reach', 'top', 'exceed', 'hit', 'near', 'pass', 'swell'];

/**
 * Verbs that tell an outcome through its noun ("No injuries were reported", "There were no deaths", "suffered
 * injuries", "No arrests have been made"): the verb lexical units of FrameNet 1.7's Statement (report, confirm),
 * Recording (record, register), Existence (be) and Experience_bodily_harm (suffer, sustain) frames, and the support
 * verb NomBank lists for "arrest" (make). The outcome is the frame of the noun they take.
 */
export const OUTCOME_TELLING_VERBS: readonly string[] = ['report', 'confirm', 'record', 'register', 'be', 'suffer', 'sustain', 'make'];

/**
 * Nouns for people killed or injured alike (WordNet 3.0 casualty.n.01 "someone injured or killed in an accident";
 * fatality is death's alone): "no casualties" denies both outcomes.
 */
export const CASUALTY_NOUNS: readonly string[] = ['casualty', 'casualties'];

/**
 * Verbs of taking part in an event, whose counted subject is its participants ("212 panners took part", "fewer than
 * 150 panners entered", "90 crews competed"): WordNet 3.0's synsets {participate, take part} ("share in something"),
 * {enter, participate} ("become a participant") and {compete, vie, contend}. Two of them count one set of
 * participants; a two-word entry is a verb lemma and the word after it.
 */
export const PARTICIPATING_VERBS: readonly string[] = ['participate', 'take part', 'enter', 'compete', 'vie', 'contend'];

