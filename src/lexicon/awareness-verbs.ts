/**
 * Verbs of coming to know of an event (FrameNet Becoming_aware, its verb lexical units: discover, find, notice,
 * detect, spot, learn, realize, uncover, observe, identify, and Coming_to_believe's "establish"): their date is when
 * the event was found out, which is another event than the one found ("tunnelled into the vault on Saturday" / "it was
 * not discovered until Monday"). Lemmas, with the British spelling.
 */
export const AWARENESS_VERBS: readonly string[] = ['discover', 'find', 'notice', 'detect', 'spot', 'learn', 'realize', 'realise', 'uncover', 'observe', 'identify', 'establish'];
