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
