/**
 * Nouns for something said or written: when two reports credit one of these to different authors ("the statement
 * was issued by the ministry, not by the company"), they disagree about attribution, not about who acted.
 *
 * Source: the lexical units of FrameNet 1.7's Statement frame (statement, remark, comment, announcement,
 * declaration, claim, assertion, admission, allegation, proclamation, pronouncement, explanation, message) and
 * Text frame (letter, article, essay, memo, note, report, document, communiqué, manifesto, post, speech, editorial).
 */
export const TEXT_NOUNS: readonly string[] = [
  'statement', 'remark', 'comment', 'announcement', 'declaration', 'claim', 'assertion', 'admission', 'allegation',
  'proclamation', 'pronouncement', 'explanation', 'message', 'letter', 'article', 'essay', 'memo', 'note', 'report',
  'document', 'communique', 'communiqué', 'manifesto', 'post', 'speech', 'editorial', 'quote', 'words',
];
