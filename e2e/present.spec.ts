import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { axeViolations } from './support/page-helpers.ts';

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).

const currentTitle = (page: Page) => page.locator('[data-slide][data-current] h2');
/** The live HA sizer on slide 7 ("Size it live"). */
const live = (page: Page) => page.locator('[data-live="ha-cluster"] [data-calculator="ha-cluster"]');

test.describe('the talk as slides', () => {
  test('the talk page leads to the deck, which shows one slide at a time and follows the keyboard', async ({ page }) => {
    await page.goto('talk/');
    await page.getByRole('link', { name: 'Present the talk as slides' }).click();
    const current = page.locator('[data-slide][data-current]');
    await expect(current).toHaveCount(1);
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('K8S or DIE');
    await page.keyboard.press('ArrowRight');
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('Skate or die, or think first');
    await expect(page).toHaveURL(/#2$/);
    await expect(page.getByText('Slide 2 of 15: Skate or die, or think first')).toBeVisible();
    await page.keyboard.press('End');
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('Try it yourself');
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/#1$/);
  });

  test('a slide number in the address opens that slide; notes and the pattern diagrams are there', async ({ page }) => {
    await page.goto('talk/present/#8');
    const current = page.locator('[data-slide][data-current]');
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('Pattern 1: tenant clusters on OpenStack');
    await expect(current.getByRole('img', { name: /tenant/i })).toBeVisible();
    const notes = current.getByRole('note', { name: 'Speaker notes for slide 8', exact: true });
    await expect(notes).toBeHidden();
    await page.getByRole('button', { name: 'Speaker notes' }).click();
    await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveAttribute('aria-pressed', 'true');
    await expect(notes).toBeVisible();
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('Size it live');
    await page.evaluate(() => { location.hash = '#12'; });
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('The toolbox');
    await expect(page).toHaveURL(/#12$/);
  });

  test('a second window of the deck (the audience screen) follows the presenter', async ({ context }) => {
    const presenter = await context.newPage();
    const audience = await context.newPage();
    await presenter.goto('talk/present/');
    await audience.goto('talk/present/');
    await presenter.getByRole('button', { name: 'Next' }).click();
    await presenter.getByRole('button', { name: 'Next' }).click();
    await expect(audience.locator('[data-slide][data-current] h2')).toHaveText('Just software, not a magic hat');
  });

  test('without JavaScript every slide reads as one page, with its notes', { tag: '@root-only' }, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('talk/present/');
    await expect(page.locator('[data-slide]')).toHaveCount(15);
    await expect(page.getByRole('heading', { level: 2, name: 'Try it yourself' })).toBeVisible();
    await expect(page.getByRole('note', { name: 'Speaker notes for slide 1', exact: true })).toBeVisible();
    await context.close();
  });

  test('the guide\'s own diagrams and quorum table are on the slides', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('talk/present/#5');
    await expect(currentTitle(page)).toHaveText('Architecture 101');
    await expect(page.locator('[data-slide][data-current] [data-arch-diagram]')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    const table = page.locator('[data-slide][data-current]').getByRole('table', { name: /etcd members, the quorum/ });
    await expect(table.getByRole('row')).toHaveCount(8);
    await expect(table.getByRole('row', { name: /^5 3 2/ })).toBeVisible();
  });

  test('o opens an overview of every slide; a tile goes to its slide, Escape closes it', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('talk/present/#2');
    await page.keyboard.press('o');
    const overview = page.locator('[data-overview]');
    await expect(overview).toBeVisible();
    await expect(overview.getByRole('link')).toHaveCount(15);
    await expect(overview.locator('[data-tile="2"]')).toHaveAttribute('aria-current', 'true');
    await expect(overview.locator('[data-tile="2"]')).toBeFocused();
    expect(await axeViolations(page), 'axe with the overview open').toEqual([]);
    await overview.locator('[data-tile="11"]').click();
    await expect(overview).toBeHidden();
    await expect(currentTitle(page)).toHaveText('Pattern 4: OpenStack on Kubernetes');
    await expect(page).toHaveURL(/#11$/);
    await page.keyboard.press('o');
    await expect(overview).toBeVisible();
    await page.keyboard.press('ArrowRight'); // moves between tiles, not slides
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expect(currentTitle(page)).toHaveText('Pattern 4: OpenStack on Kubernetes');
  });

  test('the speaker view opens the audience window, which follows the slides and the live calculator\'s inputs', async ({ page, context }) => {
    await page.goto('talk/present/#7');
    await expect(live(page)).toBeVisible();
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open the audience window' }).click();
    const audience = await opened;
    await expect(audience).toHaveURL(/[?&]view=audience/);
    await expect(currentTitle(audience)).toHaveText('Size it live');
    // The speaker's window is now the speaker's desk: its notes come on.
    await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveAttribute('aria-pressed', 'true');

    await live(page).locator('[name="tolerate"]').fill('2');
    await expect(live(audience).locator('[name="tolerate"]')).toHaveValue('2');
    await expect(live(audience).locator('[data-result="etcd-members"]').first()).toHaveAttribute('data-value', '5');
    await expect(audience).toHaveURL(/tolerate=2/);
    await expect(audience).toHaveURL(/[?&]view=audience/);
    await live(page).getByRole('button', { name: /One machine/ }).click();
    await expect(live(audience).locator('[name="tolerate"]')).toHaveValue('0');

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(currentTitle(audience)).toHaveText('Pattern 1: tenant clusters on OpenStack');
  });

  test('the audience view never shows speaker notes or the speaker\'s controls', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('talk/present/?view=audience#8');
    await expect(currentTitle(page)).toHaveText('Pattern 1: tenant clusters on OpenStack');
    await expect(page.locator('.slide-notes')).toHaveCount(0);
    await page.keyboard.press('n');
    await expect(page.getByRole('note', { name: /Speaker notes/ })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Slide controls' })).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(currentTitle(page)).toHaveText('Pattern 2: beside OpenStack');
  });

  test('typing digits, arrows, letters or Space in the live calculator never changes slides', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('talk/present/#7');
    const replicas = live(page).locator('[name="replicas"]');
    await replicas.fill('30');
    for (const key of ['End', 'ArrowLeft', 'ArrowRight', 'Home', 'PageDown', 'o', 'n', 'f', ' ']) await replicas.press(key);
    await replicas.fill('');
    await replicas.pressSequentially('120');
    await expect(replicas).toHaveValue('120');
    await live(page).locator('[name="topology"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(currentTitle(page)).toHaveText('Size it live');
    await expect(page).toHaveURL(/#7$/);
    await expect(page.locator('[data-overview]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('a swipe moves between slides; one that starts on a form control does not', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('talk/present/#7');
    const swipe = (selector: string, dx: number) => page.locator(selector).first().evaluate((el, dx) => {
      const at = (type: string, x: number) => el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 300, bubbles: true }));
      at('pointerdown', 600);
      at('pointerup', 600 + dx);
    }, dx);
    await swipe('[data-live] [name="replicas"]', -200);
    await expect(currentTitle(page)).toHaveText('Size it live');
    await swipe('[data-slide][data-current] h2', -200);
    await expect(currentTitle(page)).toHaveText('Pattern 1: tenant clusters on OpenStack');
    await swipe('[data-slide][data-current] h2', 200);
    await expect(currentTitle(page)).toHaveText('Size it live');
    await swipe('[data-slide][data-current] h2', 20); // too short to be a swipe
    await expect(currentTitle(page)).toHaveText('Size it live');
  });

  test('printed, every slide takes a page of its own; notes print only when the speaker has them on', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('talk/present/#3');
    await expect(page.locator('[data-controls]')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdfPages(pdf)).toBe(15);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-slide]').nth(9)).toBeVisible();
    await expect(page.locator('.slide-notes').first()).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('n');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.slide-notes').first()).toBeVisible();
  });
});

/** The number of pages in a PDF that Chromium printed (each page is a "/Type /Page" object). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
