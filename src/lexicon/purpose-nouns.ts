/**
 * Nouns naming what someone means to do, not anyone who does it (WordNet 3.1 noun synsets {purpose, intent,
 * intention, aim, design}, {goal, end}, {objective, target}, {plan, program, programme}, {idea, thought}, {hope},
 * {ambition, aspiration}, {motive, motivation}, {wish, desire}): "The aim was to close the mill" names an intention
 * and leaves its doer unsaid, so it is no rival doer to "The council will close the mill".
 */
export const PURPOSE_NOUNS: readonly string[] = [
  'aim', 'ambition', 'aspiration', 'goal', 'hope', 'idea', 'intent', 'intention', 'motive', 'objective', 'plan', 'purpose', 'wish',
];
