/**
 * Verbs of telephoning, after which a bare figure is the number dialled, not an amount ("dial 999", "call 911",
 * "text 61016", "phone the hotline on 0800 …"). Source: the verb lexical units of FrameNet 1.7's Contacting frame
 * that name a telephone contact (call.v, dial.v, phone.v, ring.v, telephone.v, text.v), with their inflected forms.
 */
export const CONTACTING_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling',
  'dial', 'dials', 'dialled', 'dialed', 'dialling', 'dialing',
  'ring', 'rings', 'rang', 'ringing',
  'phone', 'phones', 'phoned', 'phoning',
  'telephone', 'telephones', 'telephoned', 'telephoning',
  'text', 'texts', 'texted', 'texting',
]);

/** Words a telephoning verb may stand before "on" and the number: "phone the charity's helpline on 0800 …". */
export const CONTACT_GAP_MAX = 5;
