import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type FrameLocator, type Page } from '@playwright/test';

/**
 * Wakes every island as a reader's pointer passing over it would (client:intent hydrates on that), and waits until
 * all have hydrated (Astro drops the ssr attribute then). Works on a page or on a frame inside one.
 */
export async function hydrated(root: Page | FrameLocator): Promise<void> {
  const waiting = root.locator('astro-island[ssr]');
  await waiting.evaluateAll((islands) => {
    for (const island of islands) (island.firstElementChild ?? island).dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  });
  await expect(waiting).toHaveCount(0);
}

/** The data-result element `key` inside calculator `id`. */
export const calculatorResult = (page: Page, id: string, key: string) => page.locator(`[data-calculator="${id}"] [data-result="${key}"]`);

/**
 * Scrolls through the page so every lazy chart loads, and wakes every island, then goes back to the top. On the
 * slides, where one slide shows at a time, it shows each slide in turn first.
 */
export async function loadEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pause = () => new Promise((r) => setTimeout(r, 30));
    // A slide shows for two frames as well: a chart shown and hidden again within one frame is never seen by its
    // IntersectionObserver, and on a busy machine 30 ms can pass inside one frame.
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const slides = document.querySelectorAll('[data-deck] [data-slide]').length;
    for (let n = 1; n <= slides; n++) { location.hash = `#${n}`; await pause(); await twoFrames(); }
    if (slides > 0) location.hash = '#1';
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await pause(); }
  });
  await hydrated(page);
  // On a busy machine a scroll step can pass inside one frame: bring any chart not yet drawn into view.
  await page.evaluate(async () => {
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const chart of document.querySelectorAll('[data-chart-drawn="false"] [data-drawn-by-script]')) {
      chart.scrollIntoView({ block: 'center' });
      await twoFrames();
    }
  });
  // Back to the top: axe's target-size rule counts targets half hidden under the sticky header at whatever scroll position it finds.
  await page.evaluate(() => scrollTo(0, 0));
}

/** Every rule axe has, best practices, AAA contrast and experimental rules included. */
const EVERY_RULE = Object.fromEntries(axe.getRules().map((rule) => [rule.ruleId, { enabled: true }]));

/** What axe finds on the page with every one of its rules, one line each: rule id and the offending nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Speed, not scope: a page with no frame is checked in place (legacy mode), rather than through the per-frame runs
  // and the extra page that framed pages need; and only violations carry every node. Together about 2.5 times faster
  // (8.3 s to 3.2 s on the glossary), the same rules, the same violations.
  const framed = (await page.locator('iframe').count()) > 0;
  // The tools' cards off screen are left unlaid-out until a reader scrolls near (content-visibility), and axe measures
  // boxes (target sizes, contrast): each card is checked drawn, as a reader meets it on screen.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  });
  const results = await new AxeBuilder({ page }).setLegacyMode(!framed).options({ rules: EVERY_RULE, resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
