/**
 * Nouns for a picture or recording of something ("an image of her making a peace sign", "footage of them crossing the
 * border"): what follows "of" is what it shows, so an "-ing" clause there tells an event the picture shows.
 *
 * Source: WordNet 3.1, picture.n.02 ("a visual representation … of an object or scene") with its hyponyms
 * photograph, snapshot, portrait, drawing, painting, sketch and image, and the recording nouns recording.n.03, video
 * recording, film, footage and clip; with the clipped forms "photo", "pic" and "selfie" (a self-taken photograph).
 */
export const DEPICTION_NOUNS: readonly string[] = [
  'picture', 'image', 'photograph', 'photo', 'pic', 'snapshot', 'snap', 'selfie', 'portrait', 'drawing', 'painting',
  'sketch', 'video', 'film', 'footage', 'clip', 'recording', 'still',
];
