import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';

// An invented battery for the status and actor kinds (no line taken from an evaluation file): positives in varied
// wording and hard negatives. `it.fails` marks what the pipeline does not do yet.
const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() }).filter((c) => c.background === undefined);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const kindOf = (x: string, y: string) => compareClaims(one('a', x), one('b', y))?.kind ?? null;

describe('status battery: pending against settled', () => {
  it.each([
    ['The city council has not yet decided on the bridge tender.', 'The city council rejected the bridge tender.'],
    ['The merger remains under review by the competition authority.', 'The competition authority approved the merger.'],
    ['The ministry is still weighing the export licence.', 'The ministry granted the export licence.'],
    ['The court has yet to rule on the appeal.', 'The court dismissed the appeal.'],
    ['The ceasefire proposal is under consideration by the cabinet.', 'The cabinet rejected the ceasefire proposal.'],
    ['The treaty is still being negotiated.', 'The treaty was signed in Geneva.'],
    ['The strike will go ahead on Monday.', 'The union called off the strike.'],
    // A rule in force against the act that ends it (FrameNet Being_in_effect).
    ['The fishing ban remains in force.', 'The fishing ban was lifted on Tuesday.'],
    ['The curfew is still in effect.', 'Authorities lifted the curfew.'],
    // A debate on a measure against its passage.
    ['The senate is still debating the bill.', 'The senate passed the bill.'],
    // A vote put off against the decision it was to take.
    ['The vote on the fuel tax was postponed.', 'Parliament approved the fuel tax.'],
    // A process said to go on now against an outcome that ends it (FrameNet Activity_ongoing).
    ['Talks between the union and the airline are continuing.', 'The union and the airline signed a deal.'],
    ['Negotiations on the contract are ongoing.', 'The contract was signed on Monday.'],
    // The state's holder a short definite description of the ending act's theme.
    ['The curfew remains in force.', 'The night-time curfew imposed on the old town was lifted.'],
    // An un- participle of the act that ends the state.
    ['The deal remains unsigned.', 'The deal was signed on Friday.'],
    ['The body is still unidentified.', 'Police identified the body.'],
    ['The dispute remains unresolved.', 'The dispute was resolved in court.'],
    // The other party to talks ends them as the doer.
    ['The club is still in talks with the striker.', 'The striker signed for the club.'],
    // A vote still to come against its outcome.
    ['Parliament has yet to vote on the treaty.', 'Parliament ratified the treaty.'],
  ])('%s / %s is status', (x, y) => {
    expect(kindOf(x, y)).toBe('status');
  });

  it.fails.each([
    ['The hospital is awaiting approval for the new wing.', 'The new wing was approved.'],
    ['The board has until Friday to decide on the offer.', 'The board accepted the offer.'],
  ])('%s / %s is status (not yet)', (x, y) => {
    expect(kindOf(x, y)).toBe('status');
  });
});

describe('status battery: hard negatives', () => {
  it.each([
    // A negated opposite is no open question.
    ['The council did not reject the tender.', 'The council accepted the tender.'],
    // Two decisions.
    ['The city council has not yet decided on the bridge tender.', 'The city council rejected the stadium plan.'],
    ['The fishing ban remains in force.', 'The hunting ban was lifted.'],
    // The pending state told in the past, before the decision.
    ['The merger was under review in March.', 'The authority approved the merger in June.'],
    // Both pending.
    ['The court is still considering the appeal.', 'The court is still weighing the appeal.'],
    // Kept, not ended.
    ['The fishing ban remains in force.', 'The fishing ban was extended.'],
    ['The fishing ban remains in place.', 'The fishing ban was extended.'],
    // A rule in force before it was lifted.
    ['The curfew was in effect on Monday.', 'Authorities lifted the curfew.'],
    // A debate on one measure, another passed.
    ['The senate is still debating the bill.', 'The senate passed the budget.'],
    // A vote put off long ago, or on another measure.
    ['The vote on the fuel tax was postponed last year.', 'Parliament approved the fuel tax.'],
    ['A vote on the fuel tax was postponed.', 'Parliament approved the water bill.'],
    // Talks told in the past, an outcome years back, another pair of parties, an outcome only possible.
    ['Talks between the union and the airline were continuing.', 'The union and the airline signed a deal.'],
    ['Talks between the union and the airline are continuing.', 'The union and the airline signed a deal in 2019.'],
    ['Talks between the union and the airline are continuing.', 'The pilots and the bank signed a deal.'],
    ['Talks between the union and the airline are continuing.', 'The union and the airline may sign a deal.'],
    ['Negotiations on the contract are ongoing.', 'The lease was signed on Monday.'],
    // Another of the kind.
    ['The suspect remains at large.', 'A second suspect was arrested.'],
    ['The fishing ban remains in force.', 'Another fishing ban was lifted.'],
    ['The journalist is in custody.', 'The brother of the journalist was freed.'],
    ['The deal remains unsigned.', 'The lease was signed.'],
    ['The jackpot remains unclaimed.', 'The jackpot was claimed two years ago.'],
    ['The deal was unsigned in May.', 'The deal was signed in June.'],
    ['The club is still in talks with the striker.', 'The goalkeeper signed for the club.'],
    ['The club is still in talks with the striker.', 'The striker signed for the club in 2019.'],
    ['Parliament has yet to vote on the treaty.', 'Parliament ratified the trade pact.'],
    ['Parliament voted on the treaty.', 'Parliament ratified the treaty.'],
  ])('%s / %s is no status clash', (x, y) => {
    expect(kindOf(x, y)).not.toBe('status');
  });
});

describe('actor battery: one act, two doers', () => {
  it.each([
    ['Police closed the coastal road on Sunday.', 'The council closed the coastal road on Sunday.'],
    ['The coastal road was closed by police on Sunday.', 'The council closed the coastal road on Sunday.'],
    ['The ceasefire deal was brokered by Qatar.', 'Egypt brokered the ceasefire deal.'],
    ['The bridge was struck by a lorry on Friday.', 'A bus hit the bridge on Friday.'],
    ['The airstrike was carried out by a Saudi-led coalition.', 'Iranian-backed militias carried out the airstrike.'],
    ['Rebels attacked the convoy near the border.', 'The convoy was attacked by army units near the border.'],
    // A light verb read in the sense of the full verb on the other side, on one single thing.
    ['A farmer found the wreck off Vis in May.', 'The wreck was discovered by a fisherman off Vis in May.'],
    ['Police found the body.', 'A jogger discovered the body.'],
    // A doer named as the possessor of the act's noun, or after "by" on it.
    ["The truce was reached through Egypt's mediation.", 'Qatar mediated the truce.'],
    ['The truce followed mediation by Egypt.', 'Qatar mediated the truce.'],
  ])('%s / %s is actor', (x, y) => {
    expect(kindOf(x, y)).toBe('actor');
  });

  it.fails.each([
    // "group" is a general noun that may stand for any doer, and matching pairs the two claims at 0.10.
    ['The Islamist group claimed responsibility for the bombing.', 'A separatist militia carried out the bombing.'],
    // The actor detector finds it (test/detect/event-doers.test.ts), but matching pairs the two claims at 0.10.
    ['Al-Shabaab claimed responsibility for the bombing.', 'The Ogaden Liberation Front carried out the bombing.'],
    // "Divers" opens the sentence and is no WordNet person noun in the generated table: read as a name.
    ['Divers found the wreck off Vis in May.', 'The wreck was discovered by a fisherman off Vis in May.'],
    // WordNet's table gives "steal" no hypernym "take".
    ['A burglar stole the painting on Saturday night.', 'The painting was taken by a museum guard on Saturday night.'],
  ])('%s / %s is actor (not yet)', (x, y) => {
    expect(kindOf(x, y)).toBe('actor');
  });
});

describe('actor battery: hard negatives', () => {
  it.each([
    // A group and its members.
    ['Police closed the coastal road.', 'Officers closed the coastal road.'],
    // One body under two names.
    ['The Kremlin signed the decree.', 'Russia signed the decree.'],
    // A spokesman and the body he speaks for.
    ['A health ministry spokesman announced the ban.', 'The health ministry announced the ban.'],
    // One doer, active and passive.
    ['Police arrested the suspect.', 'The suspect was arrested by police officers.'],
    // Two acts by two doers.
    ['Police closed the coastal road.', 'The council reopened the coastal road.'],
    ['Rebels attacked the convoy.', 'Army units attacked the rebels.'],
    ['Egypt hosted the talks.', 'Qatar brokered the deal.'],
    // The same doer named twice.
    ['Qatar brokered the ceasefire deal.', 'The ceasefire deal, brokered by Qatar, took effect.'],
    // A pronoun may stand for the doer named.
    ['Police closed the road.', 'They closed the road.'],
    // States, not acts; a support verb before an event noun.
    ['A farmer had the painting.', 'A fisherman owned the painting.'],
    ['A farmer took the decision to sell.', 'A fisherman made the decision to sell.'],
    ["Egypt's mediation secured the truce.", 'Egypt mediated the truce.'],
    ["The truce was reached through Egypt's mediation.", 'Qatar hosted the truce talks.'],
  ])('%s / %s is no actor clash', (x, y) => {
    expect(kindOf(x, y)).not.toBe('actor');
  });
});
