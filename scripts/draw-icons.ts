/**
 * `node scripts/draw-icons.ts`: draws the site's PNG icons from the logo's one drawing (src/lib/logo.ts) with the
 * system Chromium, into public/: icon-32.png, the tab's icon on every page, and icon-192.png and icon-512.png, the
 * web app manifest's. Run it when the logo changes; e2e/icons.spec.ts compares the files with the logo and fails
 * until then.
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { logoFile } from '../src/lib/logo.ts';

export const ICON_SIZES = [32, 192, 512] as const;

/** The logo drawn at `size` pixels square, as a PNG data URL, in the page's browser. */
export function drawLogo(page: Page, size: number): Promise<string> {
  return page.evaluate(async ({ svg, size }) => {
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    canvas.getContext('2d')!.drawImage(image, 0, 0, size, size);
    return canvas.toDataURL('image/png');
  }, { svg: logoFile(), size });
}

if (import.meta.main) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    const png = Buffer.from((await drawLogo(page, size)).split(',')[1], 'base64');
    writeFileSync(`public/icon-${size}.png`, png);
    console.log(`public/icon-${size}.png: ${png.length} bytes`);
  }
  await browser.close();
}
