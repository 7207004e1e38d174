import { expect, test } from './support/fixtures.ts';

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
    await expect(page.getByText('Slide 2 of 14: Skate or die, or think first')).toBeVisible();
    await page.keyboard.press('End');
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('Try it yourself');
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/#1$/);
  });

  test('a slide number in the address opens that slide; notes and the pattern diagrams are there', async ({ page }) => {
    await page.goto('talk/present/#7');
    const current = page.locator('[data-slide][data-current]');
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('Pattern 1: tenant clusters on OpenStack');
    await expect(current.getByRole('img', { name: /tenant/i })).toBeVisible();
    const notes = current.getByRole('complementary', { name: 'Speaker notes for slide 7', exact: true });
    await expect(notes).toBeHidden();
    await page.getByRole('button', { name: 'Speaker notes' }).click();
    await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveAttribute('aria-pressed', 'true');
    await expect(notes).toBeVisible();
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('One machine, or three');
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

  test('without JavaScript every slide reads as one page, with its notes', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('talk/present/');
    await expect(page.locator('[data-slide]')).toHaveCount(14);
    await expect(page.getByRole('heading', { level: 2, name: 'Try it yourself' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Speaker notes for slide 1', exact: true })).toBeVisible();
    await context.close();
  });
});
