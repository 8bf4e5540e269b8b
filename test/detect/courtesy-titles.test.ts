/**
 * A courtesy title and a surname ("Ms Struan") is the second reference to the person a full name gives ("Fiona
 * Struan"; AP Stylebook, "courtesy titles"): two versions of one quote credited so are one speaker misquoted. Another
 * surname, or another courtesy title, is another person. Sentences invented for this file; expectations written
 * before the first run.
 */
import { describe, expect, it } from 'vitest';
import { samePersonalName } from '../../src/detect/speakers.js';
import { evidenceOf } from '../helpers/two-reports.js';

describe('a courtesy title and a surname against a full name', () => {
  it.each([
    ['Ms Struan', 'Fiona Struan', true],
    ['Mr Cushing', 'basket-maker Tom Cushing', true],
    ['Mrs Agar', 'Reserve warden Beth Agar', true],
    ['Ms Struan', 'Fiona Reid', false],
    ['Ms Struan', 'Mr Struan', false],
    ['Ms Struan', 'Struan Pipes Ltd', false],
  ])('%s / %s: %s', (x, y, same) => {
    expect(samePersonalName(x, y)).toBe(same);
    expect(samePersonalName(y, x)).toBe(same);
  });
});

describe('one quote, two versions, the speaker named two ways', () => {
  const a = 'Managing director Fiona Struan spoke on Wednesday. "We have found a buyer who understands that a chanter is not a widget," Ms Struan said.';
  it('is a misquote', () => {
    const b = 'Fiona Struan spoke to the Standard. "We are looking for a buyer who understands that a chanter is not a widget," Fiona Struan said.';
    expect(evidenceOf('quote', a, b)).toEqual([['have found', 'are looking for']]);
  });
  it('the same words twice are no misquote (hard negative)', () => {
    const b = 'Fiona Struan spoke to the Standard. "We have found a buyer who understands that a chanter is not a widget," Fiona Struan said.';
    expect(evidenceOf('quote', a, b)).toEqual([]);
  });
});

describe('a quote after "<name>\'s response:" is that person\'s (FrameNet Communication_response)', () => {
  const a = 'Founder Elsie Marr denied the claims. "I have never destroyed a bird that could fly," Mrs Marr said.';
  it('two versions of her remark are a misquote', () => {
    const b = 'Inspectors visited on Tuesday. Elsie Marr\'s response, as she put it to me on the phone: "I have never put down a bird that could fly."';
    expect(evidenceOf('quote', a, b)).toEqual([['destroyed', 'put down']]);
  });
  it('a possessor who is not a person credits no one (hard negative)', () => {
    const b = 'Inspectors visited on Tuesday. The council\'s response, issued on Monday: "I have never put down a bird that could fly."';
    expect(evidenceOf('quote', a, b)).toEqual([]);
  });
});
