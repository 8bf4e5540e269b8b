import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignClaims, compareClaims, extractClaims } from '../../src/api/stages.js';
import { detectNumeric } from '../../src/detect/numeric.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { GainsayError } from '../../src/model/errors.js';
import { LexiconExtensionSchema } from '../../src/model/options.js';
import type { Conflict, LexiconExtension } from '../../src/model/types.js';
import { makeClaim, quantityIn } from '../helpers/make-claim.js';

let documents = 0;
/** Each claim from its own document, as two reports are: one writer repeating itself is never compared. */
const first = (text: string, lexicon?: LexiconExtension) => extractClaims({ id: `d${++documents}`, text }, lexicon ? { lexicon } : undefined)[0]!;
const evidence = (c: Conflict | null) => c?.evidence.map((e) => e.span.text);

/** The shipped Lexicon's lists, copied before any call with extras, to show a call leaves them as they were. */
const before = (() => {
  const l = buildLexicon();
  return {
    implicatives: { ...l.implicatives }, supportVerbs: [...l.supportVerbs], converses: l.converses.length, hedges: { ...l.hedges }, boosters: { ...l.boosters },
    refutationCues: [...l.refutationCues], symmetricVerbs: [...l.symmetricVerbs], upwardChange: [...l.upwardChange], downwardChange: [...l.downwardChange],
    incompatibleStates: l.incompatibleStates.length, attitudeVerbs: [...l.attitudeVerbs], updateCues: [...l.updateCues], textNouns: [...l.textNouns], roleTitles: JSON.stringify(l.roleTitles), planVerbs: [...l.planVerbs], abandonVerbs: [...l.abandonVerbs], awaitVerbs: [...l.awaitVerbs], persistenceCues: [...l.persistenceCues],
  };
})();

// Invented pairs: each word below is absent from the shipped lists, so only the per-call extra makes it count.
describe('per-call extensions of the event lists', () => {
  it('a new implicative verb reads through to the event it wraps', () => {
    const implicatives = { contrive: { affirmed: true, negated: false } };
    const a = first('The prisoner contrived to escape from the van on Monday.');
    const b = first('The prisoner did not escape from the van on Monday.');
    expect(compareClaims(a, b)).toBeNull();
    const hit = compareClaims(a, b, { lexicon: { implicatives } });
    expect(hit?.kind).toBe('polarity');
    expect(evidence(hit)).toEqual(['escape', 'not escape']);
    // Hard negative: the wrapped event affirmed on both sides agrees.
    expect(compareClaims(a, first('The prisoner escaped from the van on Monday.'), { lexicon: { implicatives } })).toBeNull();
  });

  it('a new support verb makes its event noun the event', () => {
    const supportVerbs = ['effect'];
    const a = first('The agency effected an inspection of the bridge on Monday.');
    const b = first('The agency did not inspect the bridge on Monday.');
    expect(compareClaims(a, b)).toBeNull();
    const hit = compareClaims(a, b, { lexicon: { supportVerbs } });
    expect(hit?.kind).toBe('polarity');
    expect(evidence(hit)).toEqual(['effected an inspection', 'not inspect']);
    expect(compareClaims(a, first('The agency inspected the bridge on Monday.'), { lexicon: { supportVerbs } })).toBeNull();
  });

  it('a new converse pair aligns the verbs and finds one party on both sides', () => {
    const converses = [{ a: { verb: 'divest', other: 'to' }, b: { verb: 'acquire', other: 'from' } }];
    const a = first('Acme divested the plant to Borg on Monday.');
    const b = first('Acme acquired the plant from Borg on Monday.');
    expect(compareClaims(a, b)).toBeNull();
    const hit = compareClaims(a, b, { lexicon: { converses } });
    expect(hit?.kind).toBe('actor');
    expect(evidence(hit)).toEqual(['divested', 'acquired']);
    expect(alignClaims(a, b).event?.relation).not.toBe('converse');
    expect(alignClaims(a, b, { lexicon: { converses } }).event?.relation).toBe('converse');
    // Hard negative: the same sale told from the other party's side is one event, not a clash of roles.
    const told = first('Borg acquired the plant from Acme on Monday.');
    expect(alignClaims(a, told, { lexicon: { converses } }).roles).toBe('swapped');
    expect(compareClaims(a, told, { lexicon: { converses } })).toBeNull();
  });
});

describe('per-call extensions of the opposition and role lists', () => {
  const hit = (a: string, b: string, lexicon?: LexiconExtension) => {
    const c = compareClaims(first(a), first(b), lexicon ? { lexicon } : undefined);
    return c ? [c.kind, evidence(c)] : null;
  };

  it('new verbs of change in opposite directions clash, each also against a shipped one', () => {
    const change = { upwardChange: ['swell'], downwardChange: ['dwindle'] };
    expect(hit('Membership swelled last year.', 'Membership dwindled last year.')).toBeNull();
    expect(hit('Membership swelled last year.', 'Membership dwindled last year.', change)).toEqual(['opposition', ['swelled', 'dwindled']]);
    expect(hit('Membership rose last year.', 'Membership dwindled last year.', change)).toEqual(['opposition', ['rose', 'dwindled']]);
    // Hard negatives: one direction twice, and the movement of another thing.
    expect(hit('Membership swelled last year.', 'Membership rose last year.', change)).toBeNull();
    expect(hit('Membership swelled last year.', 'Turnout dwindled last year.', change)).toBeNull();
  });

  it('a new pair of incompatible states clashes on one thing', () => {
    // Not "impassable": WordNet's antonym pair is already shipped.
    const incompatibleStates: [string, string[]][] = [['passable', ['snowbound']]];
    const [a, b] = ['The mountain pass was passable during the storm.', 'The mountain pass was snowbound during the storm.'];
    expect(hit(a, b)).toBeNull();
    expect(hit(a, b, { incompatibleStates })).toEqual(['opposition', ['passable', 'snowbound']]);
    expect(hit(b, a, { incompatibleStates })).toEqual(['opposition', ['snowbound', 'passable']]);
    expect(hit(a, 'The coast road was snowbound during the storm.', { incompatibleStates })).toBeNull();
  });

  it('a new attitude verb may be held by many actors at once', () => {
    const [a, b] = ['France rued the deal on Monday.', 'Germany rued the deal on Monday.'];
    expect(hit(a, b)).toEqual(['actor', ['France', 'Germany']]);
    expect(hit(a, b, { attitudeVerbs: ['rue'] })).toBeNull();
    expect(hit('France signed the deal on Monday.', 'Germany signed the deal on Monday.', { attitudeVerbs: ['rue'] })).toEqual(['actor', ['France', 'Germany']]);
  });

  it('a new text noun makes two authors of one text an attribution clash', () => {
    const a = 'The dossier announcing the closure was issued by the port authority.';
    const b = 'The dossier announcing the closure was issued by the shipping line, not by the port authority.';
    expect(hit(a, b)).toEqual(['actor', ['port authority', 'the port authority']]);
    expect(hit(a, b, { textNouns: ['dossier'] })).toEqual(['attribution', ['port authority', 'the port authority']]);
  });

  it('a new role title lets a named holder be the unnamed one, adding to the shipped titles', () => {
    const pending = 'A High Court judge has not yet decided on the appeal.';
    const roleTitles = { judge: ['recorder'] };
    // Without the title, "a High Court judge" may still describe the named recorder: no clash either way.
    expect(hit(pending, 'Recorder Amara Diallo decided on the appeal.')).toBeNull();
    expect(hit(pending, 'Recorder Amara Diallo decided on the appeal.', { roleTitles })).toEqual(['status', ['not yet decided', 'decided']]);
    expect(hit(pending, 'Justice Amara Diallo decided on the appeal.', { roleTitles })).toEqual(['status', ['not yet decided', 'decided']]);
    expect(hit(pending, 'Senator Amara Diallo decided on the appeal.', { roleTitles })).toEqual(['actor', ['A High Court judge', 'Senator Amara Diallo']]);
  });

  it('a new symmetric verb lets its parties swap without a clash of roles', () => {
    const [a, b] = ['Smith wed Jones in Paris on Monday.', 'Jones wed Smith in Paris on Monday.'];
    expect(hit(a, b)).toEqual(['actor', ['Smith', 'Jones']]);
    expect(hit(a, b, { symmetricVerbs: ['wed'] })).toBeNull();
    // Hard negative: a verb not added still has roles that cannot swap.
    expect(hit('Smith sued Jones in Paris on Monday.', 'Jones sued Smith in Paris on Monday.', { symmetricVerbs: ['wed'] })).toEqual(['actor', ['Smith', 'Jones']]);
  });
});

describe('per-call extension of the update cues', () => {
  const text = 'The toll subsequently rose to 14.';
  const update = makeClaim({ text, quantities: [quantityIn(text, '14', { value: 14, dimension: 'count', bound: 'exact' })] });
  const twelve = makeClaim({ text: 'Twelve people died.', quantities: [quantityIn('Twelve people died.', 'Twelve people', { value: 12, dimension: 'count', bound: 'exact', noun: 'people' })] });
  const numeric = (lexicon: LexiconExtension | undefined, a = update) => {
    const hit = detectNumeric(a, twelve, { lexicon: buildLexicon(lexicon ? { lexicon } : undefined) });
    return hit ? [hit.kind, hit.evidence.map((e) => e.text)] : null;
  };

  it('a new update cue makes a later figure a revision, not a clash', () => {
    expect(numeric(undefined)).toEqual(['numeric', ['14', 'Twelve people']]);
    expect(numeric({ updateCues: ['subsequently rose'] })).toBeNull();
    // Hard negative: the cue must stand in the claim; a plain figure still clashes.
    const plain = makeClaim({ text: 'The toll stood at 14.', quantities: [quantityIn('The toll stood at 14.', '14', { value: 14, dimension: 'count', bound: 'exact' })] });
    expect(numeric({ updateCues: ['subsequently rose'] }, plain)).toEqual(['numeric', ['14', 'Twelve people']]);
  });
});

describe('per-call extensions of the status lists', () => {
  const hit = (a: string, b: string, lexicon?: LexiconExtension) => {
    const c = compareClaims(first(a), first(b), lexicon ? { lexicon } : undefined);
    return c ? [c.kind, evidence(c)] : null;
  };
  const dropped = 'The council dropped its plan to close the night market.';

  it('a new plan verb makes a plan that the other side abandons', () => {
    const pledged = 'The council pledged to close the night market.';
    expect(hit(pledged, dropped)).toBeNull();
    expect(hit(pledged, dropped, { planVerbs: ['pledge'] })).toEqual(['status', ['close', 'dropped']]);
    // Hard negative: the pledge kept on both sides is no clash.
    expect(hit(pledged, 'The council pledged to close the night market.', { planVerbs: ['pledge'] })).toBeNull();
  });

  it('a new abandonment verb gives the plan up', () => {
    const plans = 'The council plans to close the night market.';
    const nixed = 'The council nixed its plan to close the night market.';
    expect(hit(plans, nixed)).toBeNull();
    expect(hit(plans, nixed, { abandonVerbs: ['nix'] })).toEqual(['status', ['close', 'nixed']]);
    // Hard negative: a plan to close something else is another plan.
    expect(hit('The council plans to close the harbour.', nixed, { abandonVerbs: ['nix'] })).toBeNull();
  });

  it('a new await verb keeps the decision open against one made', () => {
    const waiting = 'The takeover is still anticipating approval.';
    const approved = 'Regulators approved the takeover.';
    expect(hit(waiting, approved)).toBeNull();
    expect(hit(waiting, approved, { awaitVerbs: ['anticipate'] })).toEqual(['status', ['anticipating', 'approved']]);
  });

  it('a new persistence cue turns a state against its ending into a status clash', () => {
    const lingers = 'The coastal road lingers closed after the landslide.';
    const reopened = 'The coastal road reopened after the landslide.';
    // Without the cue the two are only opposite states; with it, one says the closure still holds.
    expect(hit(lingers, reopened)).toEqual(['opposition', ['closed', 'reopened']]);
    expect(hit(lingers, reopened, { persistenceCues: ['lingers'] })).toEqual(['status', ['closed', 'reopened']]);
    // Cues are matched as written: the lemma alone does not cover "lingers".
    expect(hit(lingers, reopened, { persistenceCues: ['linger'] })).toEqual(['opposition', ['closed', 'reopened']]);
  });
});

describe('per-call extensions of the certainty cues', () => {
  const text = 'The minister ostensibly resigned on Monday.';

  it('a new hedge lowers certainty and is cited as a cue', () => {
    expect(first(text).certainty).toEqual({ level: 'asserted', value: 0.82, cues: [] });
    expect(first(text, { hedges: { ostensibly: -0.3 } }).certainty).toEqual({
      level: 'pending', value: 0.52, cues: [{ start: 13, end: 23, text: 'ostensibly' }],
    });
  });

  it('a new booster raises certainty', () => {
    const boosted = 'The minister indisputably resigned on Monday.';
    expect(first(boosted).certainty).toEqual({ level: 'asserted', value: 0.82, cues: [] });
    expect(first(boosted, { boosters: { indisputably: 0.15 } }).certainty).toEqual({
      level: 'confirmed', value: 0.97, cues: [{ start: 13, end: 25, text: 'indisputably' }],
    });
  });

  it("a new refutation cue in the writer's voice caps certainty, but not inside a quote", () => {
    const refuted = 'The story that the minister resigned is a canard.';
    expect(first(refuted).certainty).toEqual({ level: 'asserted', value: 0.82, cues: [] });
    expect(first(refuted, { refutationCues: ['canard'] }).certainty).toEqual({ level: 'refuted', value: 0.1, cues: [{ start: 42, end: 48, text: 'canard' }] });
  });

  it('the extras are validated, naming the bad entry', () => {
    const issue = (lexicon: unknown) => {
      try {
        extractClaims({ id: 'x', text }, { lexicon } as never);
      } catch (error) {
        if (error instanceof GainsayError) return [error.code, error.issues[0]!.path];
      }
      return null;
    };
    expect(issue({ hedges: { ostensibly: 0.3 } })).toEqual(['invalid-options', ['options', 'lexicon', 'hedges', 'ostensibly']]);
    expect(issue({ boosters: { indisputably: -0.1 } })).toEqual(['invalid-options', ['options', 'lexicon', 'boosters', 'indisputably']]);
    expect(issue({ converses: [{ a: { verb: 'divest' }, b: { verb: 'acquire', other: 'from' } }] })).toEqual(['invalid-options', ['options', 'lexicon', 'converses', 0, 'a', 'other']]);
    expect(issue({ implicatives: { contrive: { affirmed: 'yes' } } })).toEqual(['invalid-options', ['options', 'lexicon', 'implicatives', 'contrive', 'affirmed']]);
  });
});

describe('the lexicon option is documented', () => {
  it('the README names every key of the lexicon option', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const keys = Object.keys(LexiconExtensionSchema.shape);
    expect(keys.length).toBeGreaterThanOrEqual(27);
    expect(keys.filter((k) => !readme.includes(`\`${k}\``))).toEqual([]);
  });
});

describe('no global mutation', () => {
  it('the shipped lexicon is the same after calls with every extra', () => {
    const shipped = buildLexicon();
    expect(shipped.implicatives).toEqual(before.implicatives);
    expect(shipped.implicatives['contrive']).toBeUndefined();
    expect(shipped.supportVerbs).toEqual(before.supportVerbs);
    expect(shipped.converses).toHaveLength(before.converses);
    expect(shipped.hedges).toEqual(before.hedges);
    expect(shipped.boosters).toEqual(before.boosters);
    expect(shipped.refutationCues).toEqual(before.refutationCues);
    expect([shipped.symmetricVerbs, shipped.upwardChange, shipped.downwardChange]).toEqual([before.symmetricVerbs, before.upwardChange, before.downwardChange]);
    expect(shipped.incompatibleStates).toHaveLength(before.incompatibleStates);
    expect([shipped.attitudeVerbs, shipped.updateCues, shipped.textNouns, JSON.stringify(shipped.roleTitles)]).toEqual([before.attitudeVerbs, before.updateCues, before.textNouns, before.roleTitles]);
    expect([shipped.planVerbs, shipped.abandonVerbs, shipped.awaitVerbs, shipped.persistenceCues]).toEqual([before.planVerbs, before.abandonVerbs, before.awaitVerbs, before.persistenceCues]);
    expect([...shipped.planVerbs, ...shipped.abandonVerbs, ...shipped.awaitVerbs, ...shipped.persistenceCues]).not.toContain('pledge');
    expect(first('The minister ostensibly resigned on Monday.').certainty.cues).toEqual([]);
  });
});
