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
