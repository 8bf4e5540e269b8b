/**
 * Nouns and verbs of intention that pass their polarity to the verb they govern: "has no plans to sell" ≈
 * "will not sell". Source: the "intend" class of implicative and factive complement-taking predicates in
 * Karttunen (1971) and Nairn, Condoravdi & Karttunen (2006).
 */
export const INTENTION_WORDS: readonly string[] = [
  'plan', 'plans', 'intention', 'intentions', 'intend', 'intends', 'intended', 'plot', 'bid', 'aim', 'aims',
  'want', 'wants', 'wanted', 'expect', 'expects', 'expected', 'hope', 'hopes', 'going', 'set', 'due', 'able',
  'willing', 'ready', 'prepared', 'poised', 'likely', 'try', 'tried', 'tries', 'seek', 'seeks', 'sought',
  'decide', 'decided', 'agree', 'agreed', 'choose', 'chose', 'vow', 'vowed', 'pledge', 'pledged', 'promise',
  'promised', 'threaten', 'threatened', 'continue', 'continues', 'continued', 'begin', 'began', 'start', 'started',
  'stop', 'stopped', 'need', 'needs', 'have', 'has', 'had', 'vote', 'votes', 'voted',
];

/**
 * Verbs of wanting and expecting that take an object and a to-infinitive whose subject the object is ("expect the
 * bridge to reopen", "wants the council to drop it"; Quirk et al. 1985, § 16.37, object + to-infinitive): present,
 * third-person and past forms.
 */
export const OBJECT_INFINITIVE_VERBS: readonly string[] = [
  'want', 'wants', 'wanted', 'expect', 'expects', 'expected', 'need', 'needs', 'needed', 'intend', 'intends', 'intended',
];
