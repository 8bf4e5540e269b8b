/**
 * Verbs of coming to know of an event (FrameNet Becoming_aware, its verb lexical units: discover, find, notice,
 * detect, spot, learn, realize, uncover, observe, identify, and Coming_to_believe's "establish"): their date is when
 * the event was found out, which is another event than the one found ("tunnelled into the vault on Saturday" / "it was
 * not discovered until Monday"). Lemmas, with the British spelling.
 */
export const AWARENESS_VERBS: readonly string[] = ['discover', 'find', 'notice', 'detect', 'spot', 'learn', 'realize', 'realise', 'uncover', 'observe', 'identify', 'establish'];

/**
 * Verbs of finding a thing (the lexical units of FrameNet 1.7's Becoming_aware that take a physical object — find,
 * discover, spot, uncover — and of its Locating frame — locate, unearth): done to one thing, each tells the one act of
 * finding it, so two finders named for it disagree ("a cleaner found the painting" / "a guard found the painting").
 */
export const FINDING_VERBS: readonly string[] = ['find', 'discover', 'spot', 'uncover', 'locate', 'unearth'];

/**
 * Verbs of making an event known (FrameNet Statement: announce, declare, report, state, confirm; Reveal_secret:
 * disclose, reveal, unveil; Publishing: publish): their date is when the news was given, which need not be the date
 * of the event it tells ("reported third-quarter profit on Thursday" / "earned it in the July-September quarter";
 * "unveiled the phone on Tuesday" / "the phone goes on sale on September 26"). Lemmas.
 */
export const MAKING_KNOWN_VERBS: readonly string[] = ['announce', 'declare', 'report', 'state', 'confirm', 'disclose', 'reveal', 'unveil', 'publish'];
