/**
 * Words that put a clause's proposition outside the writer's assertion.
 * CONDITIONAL_SUBORDINATORS: the subordinators of direct condition (Quirk et al. 1985, §§ 15.33–15.35: "if", "unless");
 * a clause under them, or the main clause they condition, states what would hold, not what holds.
 * ASSERTING_BEFORE_IF: words that turn "if" into a concessive or a comparison whose main clause is still asserted
 * (Quirk et al. 1985, § 15.39 "even if", § 15.51 "as if").
 * POSSIBILITY_MODALS: the modals of possibility (Quirk et al. 1985, §§ 4.49–4.52), without "can", which often states
 * an ability or a fact ("can confirm"): "could be integrated" says it may happen, not that it did.
 */
export const CONDITIONAL_SUBORDINATORS: readonly string[] = ['if', 'unless'];

export const ASSERTING_BEFORE_IF: readonly string[] = ['even', 'as'];

export const POSSIBILITY_MODALS: readonly string[] = ['could', 'might', 'may'];
