/**
 * Words that put a clause's proposition outside the writer's assertion.
 * CONDITIONAL_SUBORDINATORS: the subordinators of direct condition (Quirk et al. 1985, §§ 15.33–15.35: "if", "unless");
 * a clause under them, or the main clause they condition, states what would hold, not what holds.
 * ASSERTING_BEFORE_IF: words that turn "if" into a concessive or a comparison whose main clause is still asserted
 * (Quirk et al. 1985, § 15.39 "even if", § 15.51 "as if").
 * POSSIBILITY_MODALS: the modals of possibility (Quirk et al. 1985, §§ 4.49–4.52), without "can", which often states
 * an ability or a fact ("can confirm"): "could be integrated" says it may happen, not that it did.
 * OPTION_HEADS: nouns and adjectives whose to-infinitive names an act one may do, not one done or intended: permission
 * and opportunity ("has the right to appeal", "is free to reopen", "the chance to buy"; Quirk et al. 1985 § 4.52 on
 * permission, § 16.76 on noun complementation by to-infinitives). Implicative ones ("was able to escape", "managed to")
 * assert the act and are not here.
 * ALLOWANCE_UNITS and ALLOWANCE_VERBS: time one is given for an act ("has 28 days to appeal", "was given two weeks to
 * pay", "have until Friday to respond"): the act is allowed within it, not done; "took three days to repair" (another
 * verb) tells the act done.
 */
export const CONDITIONAL_SUBORDINATORS: readonly string[] = ['if', 'unless'];

export const ASSERTING_BEFORE_IF: readonly string[] = ['even', 'as'];

export const POSSIBILITY_MODALS: readonly string[] = ['could', 'might', 'may'];

export const OPTION_HEADS: readonly string[] = ['right', 'rights', 'option', 'options', 'chance', 'opportunity', 'power', 'freedom', 'free', 'entitled', 'eligible'];

export const ALLOWANCE_UNITS: readonly string[] = ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'hour', 'day', 'week', 'month', 'year'];

export const ALLOWANCE_VERBS: readonly string[] = ['has', 'have', 'had', 'given', 'gives', 'give', 'granted', 'allowed', 'gets', 'get', 'got'];
