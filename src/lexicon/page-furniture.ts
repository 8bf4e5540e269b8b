/**
 * Page furniture of news web pages: text that belongs to the page, not the story. Classes after the CleanEval
 * annotation guidelines (Baroni et al. 2008: navigation, link lists, copyright notices, "click here" and other
 * calls to action, captions and credits, bylines) and Kohlschütter et al. (2010), "Boilerplate Detection using
 * Shallow Text Features": such blocks are short, and are told by their first word and their labels, not their content.
 */

/** Reader actions a page asks for, opening an imperative: "Click here …", "Sign up for …", "Scroll down …". */
export const READER_ACTIONS: readonly string[] = [
  'click', 'tap', 'share', 'follow', 'subscribe', 'sign up', 'log in', 'register', 'download', 'scroll', 'watch',
  'listen', 'read more', 'see more', 'like us', 'tweet', 'email', 'e-mail', 'contact', 'join us', 'comment',
  'view', 'swipe', 'get the', 'read the full', 'see the full', 'please',
];

/** Words after an action verb that make it an instruction to the reader, not a report ("Watch the video …"). */
export const ACTION_OBJECTS: readonly string[] = [
  'here', 'us', 'me', 'her', 'him', 'them', 'our', 'this', 'the', 'on', 'below', 'above', 'down', 'up', 'more',
  'now', 'to', 'for', 'at', 'all', 'live', 'latest', 'full', 'video', 'story', 'article', 'gallery', 'photos',
];

/** Labels that open a caption, credit or notice line: "Photo: …", "Read more: …", "Warning: …". */
export const LINE_LABELS: readonly string[] = [
  'photo', 'photos', 'picture', 'image', 'images', 'video', 'caption', 'credit', 'credits', 'source', 'sources',
  'read more', 'related', 'see also', 'more', 'watch', 'listen', 'warning', 'editor\'s note',
  'advertisement', 'sponsored', 'file photo', 'graphic', 'map', 'gallery',
];

/** Whole lines that are page labels ("Advertisement", "Sponsored content"). */
export const STANDALONE_LABELS: readonly string[] = [
  'advertisement', 'advertising', 'sponsored', 'sponsored content', 'promoted', 'related', 'related stories',
  'more stories', 'trending', 'most read', 'share', 'comments', 'skip advert', 'story continues below',
];

/** Notices of rights: "Copyright 2024 …", "All rights reserved". */
export const RIGHTS_NOTICES: readonly string[] = ['copyright', '©', 'all rights reserved'];
