import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { datelineLength } from '../../src/segment/dateline.js';

const run = (text: string) => analyze({ documents: [{ id: 'd', source: { name: 'Wire' }, text }] });

describe('wire datelines (AP Stylebook) are page furniture, not part of the first sentence', () => {
  it.each([
    ['NEW YORK (AP) — Vantel is splitting itself into two companies.', 'NEW YORK (AP) —', 'Vantel'],
    ['LONDON (Reuters) - Shares in Brightwell fell sharply on Monday.', 'LONDON (Reuters) -', 'Shares'],
    ['WASHINGTON — The Senate passed the farm bill.', 'WASHINGTON —', 'The Senate'],
    ['Dayton, Ohio (WHIO-TV) – Firefighters rescued two children.', 'Dayton, Ohio (WHIO-TV) –', 'Firefighters'],
    ['Tarsa, Norland (NorlandNews.com) Rebels seized the town.', 'Tarsa, Norland (NorlandNews.com)', 'Rebels'],
    ['WARNING CONTAINS GRAPHIC IMAGES Tarsa, Norland (NorlandNews.com) Rebels seized the town.', 'WARNING CONTAINS GRAPHIC IMAGES Tarsa, Norland (NorlandNews.com)', 'Rebels'],
    // A filing date after the place (Reuters style), with an agency whose name is a newspaper nameplate word.
    ['OSLO, Oct 12 (Fjord Report) - The ferry company cut two routes.', 'OSLO, Oct 12 (Fjord Report) -', 'The ferry company'],
    ['PORT ELLEN, September 3 (Reuters) - Distillers raised prices.', 'PORT ELLEN, September 3 (Reuters) -', 'Distillers'],
  ])('%s', (text, dateline, actor) => {
    const report = run(text);
    expect(report.skipped).toContainEqual(expect.objectContaining({ reason: 'boilerplate', span: expect.objectContaining({ start: 0, text: dateline }) }));
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]!.proposition.actor?.text).toBe(actor);
    expect(report.claims[0]!.span.start).toBe(dateline.length + 1);
  });

  it('a dateline in a later paragraph is found too, one in mid-paragraph is not', () => {
    expect(run('The mine closed.\n\nCAIRO (AFP) — The port reopened.').skipped.map((s) => s.span.text)).toEqual(['CAIRO (AFP) —']);
    expect(run('The mine closed. CAIRO (AFP) — The port reopened.').skipped).toEqual([]);
  });

  it.each([
    ['Apple (AAPL) shares rose.'],
    ['Vantel (VNT) CEO Dana Moss resigned.'],
    ['NATO — the alliance — met in Brussels.'],
    ['The UN (United Nations) said the port was open.'],
    ['Police (and soldiers) cleared the square.'],
    ['WARNING SIGNS Rebels seized the town.'],
    ['VIDEO SHOWS Tarsa residents fleeing the town.'],
  ])('no dateline: %s', (text) => {
    expect(datelineLength(text)).toBe(0);
  });
});
