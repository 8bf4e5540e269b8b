/**
 * Nouns that name something said, so "Ashdown's statement: '…'" gives the quotation to Ashdown: the noun lexical
 * units of FrameNet 1.7 Statement (statement, remark, comment, declaration, announcement, explanation, testimony,
 * word) and Communication_response (reply, response, answer, retort), with message (FrameNet Message). Nouns that
 * also judge what they report (claim, allegation, denial, admission) are left out: their stance is not a plain
 * assertion. Singular and plural forms.
 */
export const SPEECH_NOUNS: readonly string[] = [
  'statement', 'remark', 'comment', 'declaration', 'announcement', 'explanation', 'testimony', 'word', 'words',
  'reply', 'response', 'answer', 'retort', 'message',
  'statements', 'remarks', 'comments', 'replies', 'responses', 'answers', 'messages',
];
