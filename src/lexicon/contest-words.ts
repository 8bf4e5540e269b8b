/**
 * Verbs and nouns of a contest's result, whose figures "3-1", "2-2" are a score: "won 3-1", "lost 1-3", "drew 2-2",
 * "a 3-1 victory". Source: FrameNet 1.7 frames Finish_competition (win.v, lose.v, beat.v, defeat.v, draw.v, tie.v) and
 * Beat_opponent (beat.v, defeat.v, down.v, edge.v, thrash.v, rout.v), with their nouns (victory.n, win.n, defeat.n,
 * loss.n, draw.n) and score.n; the word forms are listed, since a claim's words are matched as written.
 */
export const CONTEST_WORDS: readonly string[] = [
  'win', 'won', 'wins', 'winning', 'lose', 'lost', 'loses', 'losing', 'beat', 'beats', 'beaten', 'defeat', 'defeated',
  'defeats', 'draw', 'drew', 'drawn', 'tie', 'tied', 'edge', 'edged', 'thrash', 'thrashed', 'rout', 'routed', 'down',
  'downed', 'victory', 'score', 'scoreline', 'final',
];

/**
 * Words of a vote or a divided ruling, whose figures are a tally: "passed 60-40", "ruled 5-4", "a 6-3 decision", "voted
 * 52 to 48", "by seven votes to two", "voted unanimously". Source: the Associated Press Stylebook's entry on vote
 * tabulations (figures joined by a hyphen, or "by a vote of 6 to 3") and FrameNet 1.7's Verdict and Deciding frames
 * (rule.v, ruling.n, decision.n, verdict.n) with the verbs of a legislature's vote (vote.v, pass.v, approve.v, back.v,
 * reject.v, split.v, side.v). Word forms, as written.
 */
export const VOTE_WORDS: readonly string[] = [
  'vote', 'voted', 'votes', 'voting', 'rule', 'ruled', 'rules', 'ruling', 'decision', 'verdict', 'majority', 'split',
  'pass', 'passed', 'passes', 'approve', 'approved', 'approves', 'back', 'backed', 'reject', 'rejected', 'side', 'sided',
  'tally', 'margin', 'confirmed', 'acquitted', 'convicted', 'convict', 'acquit',
];

/** Words that give a vote with no vote against ("voted unanimously", "a unanimous ruling"): a tally of n to 0. */
export const UNANIMOUS_WORDS: readonly string[] = ['unanimously', 'unanimous'];
