/**
 * Two doers of an act on a thing each claim introduces with "a" and describes in other words are no rivals: two things
 * (Quirk et al. 1985, §§ 5.29, 17.5). A thing told alike, or a definite thing, keeps them rivals. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

describe('doers of acts on things introduced as new', () => {
  it.each([
    ['Islamic State released a video purporting to show the beheading of a hostage.', "On August 27, the hostage's mother, Shirley Vane, released a video pleading for her son's release."],
    ['The Vane family released a statement praising the rescuers.', 'The Home Office released a statement about visa rules.'],
  ])('no actor or attribution conflict (hard negative): %s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
  it.each([
    ['The Unity Alliance filed a complaint with the election commission.', "The People's Party has lodged a formal complaint with the election commission."],
    ['Cllr Dee Olton cut the ribbon on Saturday.', 'Sir Ralf Digton cut the ribbon on Saturday.'],
    ['Cllr Dee Olton released the video on Saturday.', 'Sir Ralf Digton released the video on Saturday.'],
  ])('one thing told alike, or a definite thing, keeps two named doers rivals: %s / %s', (a, b) => {
    expect(reportedBetween(a, b).map((c) => c.kind)).toEqual(['actor']);
  });
});
