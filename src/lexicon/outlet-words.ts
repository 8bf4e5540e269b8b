/**
 * Words that make a name the name of a news outlet ("Tolo News", "the Daily Dot", "The Washington Post"): the
 * nameplate words of newspapers and the suffixes of broadcasters and agencies, as they recur in the outlet lists of
 * the World Association of News Publishers (WAN-IFRA) and in the AP Stylebook's entries on newspaper names. An
 * outlet that carries a person's words is the channel, not a second speaker of them.
 */
export const OUTLET_NAME_WORDS: readonly string[] = [
  'news', 'times', 'post', 'daily', 'herald', 'tribune', 'telegraph', 'guardian', 'gazette', 'journal', 'chronicle',
  'mail', 'express', 'mirror', 'observer', 'independent', 'standard', 'star', 'sun', 'globe', 'examiner', 'courier',
  'dispatch', 'bulletin', 'register', 'sentinel', 'inquirer', 'press', 'wire', 'agency', 'tv', 'television', 'radio',
  'broadcasting', 'network', 'channel', 'magazine', 'dot', 'monitor', 'reuters', 'bbc', 'cnn', 'afp', 'ap',
  'report', 'reporter', 'recorder', 'review', 'echo', 'argus', 'advertiser', 'messenger', 'weekly',
];
