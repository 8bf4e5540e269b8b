import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model/report.js';
import { renderHtml } from '../../src/report/html.js';
import { atOrAbove, propositionOf } from '../helpers/fixture-bands.js';

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const SCREENSHOT = fileURLToPath(new URL('./output/report.png', import.meta.url));
const VIEWPORT = { width: 1200, height: 900 };

const fixture = ReportSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/report.json', import.meta.url), 'utf8')));
const atOrAboveMedium = atOrAbove(fixture, 'medium');
const SHOWN = atOrAboveMedium.map((conflict) => conflict.id);
/** Ids of the cards a filter leaves: the shown conflicts whose kind and band are both still ticked (from the fixture's own bands). */
const leftBy = (kindsOff: readonly string[], bandsOff: readonly string[]) =>
  atOrAboveMedium.filter((conflict) => !kindsOff.includes(conflict.kind) && !bandsOff.includes(conflict.band)).map((conflict) => conflict.id);
/** The group headings of those cards, each once, in order. */
const headingsOf = (ids: readonly string[]) => [...new Set(ids.map((id) => propositionOf(fixture, id)))];

let browser: Browser;
let page: Page;
let directory: string;
let fileUrl: string;
const requests: string[] = [];
const dialogs: string[] = [];

async function visibleCardIds(target: Page): Promise<string[]> {
  return target.locator('article.card:visible').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id') ?? ''));
}

async function toggle(target: Page, name: string, value: string): Promise<void> {
  await target.locator(`#filters input[name="${name}"][value="${value}"]`).click();
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'gainsay-browser-'));
  const file = join(directory, 'report.html');
  writeFileSync(file, renderHtml(fixture));
  fileUrl = pathToFileURL(file).href;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: VIEWPORT });
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(fileUrl, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('HTML report in Chromium', () => {
  it('renders one card per conflict at or above the medium band', async () => {
    expect(SHOWN.length).toBeGreaterThan(1);
    expect(await visibleCardIds(page)).toEqual(SHOWN);
    expect(await page.locator('#shown-count').textContent()).toBe(`${SHOWN.length} of ${SHOWN.length} conflicts shown`);
  });

  it('shows the hostile strings as text, with no element built from them', async () => {
    const claim = page.locator('blockquote[data-claim="d4:1"]');
    expect(await claim.textContent()).toBe(fixture.claims.find((item) => item.id === 'd4:1')?.span.text);
    expect(await claim.locator('mark').allTextContents()).toEqual(['Police']);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('a').count()).toBe(0);
  });

  it('filters cards by kind and by band with exact counts', async () => {
    await toggle(page, 'kind', 'status');
    expect(await visibleCardIds(page)).toEqual(leftBy(['status'], []));
    await toggle(page, 'band', 'high');
    const left = leftBy(['status'], ['high']);
    expect(await visibleCardIds(page)).toEqual(left);
    expect(await page.locator('#shown-count').textContent()).toBe(`${left.length} of ${SHOWN.length} conflicts shown`);
    expect(await page.locator('section.group:visible h3').allTextContents()).toEqual(headingsOf(left));
    await toggle(page, 'kind', 'status');
    expect(await visibleCardIds(page)).toEqual(leftBy([], ['high']));
    await toggle(page, 'band', 'medium');
    expect(await visibleCardIds(page)).toEqual([]);
    expect(await page.locator('#shown-count').textContent()).toBe(`0 of ${SHOWN.length} conflicts shown`);
    await toggle(page, 'band', 'medium');
    await toggle(page, 'band', 'high');
    expect(await visibleCardIds(page)).toEqual(SHOWN);
  });

  it('keeps a screenshot of the whole page', async () => {
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    const image = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const pngSignature = [0x89, 0x50, 0x4e, 0x47];
    expect([...image.subarray(0, pngSignature.length)]).toEqual(pngSignature);
  });

  it('made no request but the file itself and opened no dialog', () => {
    expect(requests).toEqual([fileUrl]);
    expect(dialogs).toEqual([]);
  });

  it('shows every card and hides the filters when script is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
    const plain = await context.newPage();
    await plain.goto(fileUrl, { waitUntil: 'load' });
    expect(await visibleCardIds(plain)).toEqual(SHOWN);
    expect(await plain.locator('#filters').isVisible()).toBe(false);
    await context.close();
  });

  it('fits a 360 px phone: no horizontal scroll, both quotes of every card visible with nothing opened', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(fileUrl, { waitUntil: 'load' });
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBe(360);
    const cards = phone.locator('article.card');
    expect(await cards.count()).toBe(SHOWN.length);
    for (let i = 0; i < 5; i++) {
      const quotes = cards.nth(i).locator('blockquote.claim');
      expect(await quotes.count()).toBe(2);
      for (let q = 0; q < 2; q++) {
        const box = await quotes.nth(q).boundingBox();
        expect(await quotes.nth(q).isVisible()).toBe(true);
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      }
      // The message comes before the quotes; the factor table is folded until asked for.
      expect(await cards.nth(i).locator('.message + .sides').count()).toBe(1);
      expect(await cards.nth(i).locator('details.factors table').isVisible()).toBe(false);
    }
    await phone.close();
  });

  it('would see a dialog if a hostile string were left unescaped (control)', async () => {
    const control = await browser.newPage();
    const seen: string[] = [];
    control.on('dialog', (dialog) => {
      seen.push(dialog.message());
      void dialog.dismiss();
    });
    const opened = control.waitForEvent('dialog');
    await control.setContent('<p>[link]</p><img src="data:," onerror="alert(1)">');
    await opened;
    expect(seen).toEqual(['1']);
    await control.close();
  });
});
