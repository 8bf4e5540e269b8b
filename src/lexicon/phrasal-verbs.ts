/**
 * Phrasal verbs and the single verb they mean, so "voted down" can oppose "approved" and "stepped down" can
 * match "resigned". Source: the Cambridge and Oxford dictionaries of phrasal verbs (meanings as given there).
 */
export const PHRASAL_VERBS: Readonly<Record<string, string>> = {
  'vote down': 'reject',
  'turn down': 'reject',
  'throw out': 'reject',
  'strike down': 'overturn',
  'call off': 'cancel',
  'rule out': 'exclude',
  'step down': 'resign',
  'pull out': 'withdraw',
  'back out': 'withdraw',
  'shut down': 'close',
  'close down': 'close',
  'set up': 'establish',
  'give up': 'abandon',
  'put off': 'postpone',
  'hold off': 'delay',
  'carry out': 'perform',
  'take over': 'acquire',
  'sign off': 'approve',
  'sign up': 'join',
  'walk out': 'leave',
  'break down': 'collapse',
  'fall through': 'collapse',
  'go ahead': 'proceed',
  'back down': 'retreat',
  'cut back': 'reduce',
  'scale back': 'reduce',
  'step up': 'increase',
  'ramp up': 'increase',
};
