import { expect, test } from './support/fixtures.ts';

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).

test.describe('chapter layout', () => {
  test('sidebar marks the current chapter; previous and next links walk the guide', async ({ page }) => {
    await page.goto('guide/glossary/');
    const sidebar = page.getByRole('navigation', { name: 'Chapters' });
    await expect(sidebar.getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');
    await expect(sidebar.locator('[aria-current="page"]')).toHaveCount(1);
    const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
    await pager.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/guide\/references\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('References');
    await page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /Previous/ }).click();
    await expect(page).toHaveURL(/guide\/glossary\/$/);
  });

  test('on a 360 px screen the chapter list collapses behind a button', { tag: '@root-only' }, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('guide/references/');
    const toggle = page.getByRole('button', { name: 'Chapters' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const list = page.locator('#sidebar-list');
    await expect(list).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(list.getByRole('link', { name: 'Glossary' })).toBeVisible();
  });

  test('the on-page table of contents links to the chapter headings', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('guide/references/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'All sources' }).click();
    await expect(page).toHaveURL(/#all-sources$/);
    await expect(page.getByRole('heading', { name: 'All sources' })).toBeInViewport();
  });

  test('the skip link is the first stop on the keyboard and moves focus to the content', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('talk/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('the main navigation marks the current section', async ({ page }) => {
    await page.goto('talk/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The talk' })).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('404', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('an unknown address answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'The home page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /Start reading/ })).toBeVisible();
  });
});
