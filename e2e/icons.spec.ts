import { readFileSync } from 'node:fs';
import { ICON_SIZES, drawLogo } from '../scripts/draw-icons.ts';
import { expect, test } from './support/fixtures.ts';

// The PNG icons are drawn once from the logo (scripts/draw-icons.ts) and kept in public/: each must still show the
// logo as src/lib/logo.ts draws it today. Pixels are compared in one browser, with a small tolerance for the way a
// different Chromium might smooth the edges.
for (const size of ICON_SIZES) {
  test(`icon-${size}.png shows the logo`, async ({ page }) => {
    await page.goto('about:blank');
    const file = `data:image/png;base64,${readFileSync(`public/icon-${size}.png`).toString('base64')}`;
    const difference = await page.evaluate(async ({ file, drawn, size }) => {
      const pixels = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        if (image.naturalWidth !== size || image.naturalHeight !== size) return null;
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, size, size).data;
      };
      const [a, b] = [await pixels(file), await pixels(drawn)];
      if (!a || !b) return 'a different size';
      let sum = 0;
      for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
      return sum / a.length;
    }, { file, drawn: await drawLogo(page, size), size });
    expect(difference, 'mean difference per channel, out of 255').toBeLessThan(2);
  });
}

test('pages name the small PNG as their icon, and it loads', async ({ page }) => {
  await page.goto('./');
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveCount(1);
  await expect(icon).toHaveAttribute('sizes', '32x32');
  const response = await page.request.get(new URL((await icon.getAttribute('href'))!, page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});
