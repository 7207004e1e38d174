import type { APIRoute } from 'astro';
import { calculators } from '../../../calculators.ts';
import type { CalculatorId } from '../../../calculator-ids.ts';
import { href } from '../../../lib/paths.ts';
import { calculatorPath, embedPath } from '../../../lib/routes.ts';
import { SITE } from '../../../lib/site.ts';

export function getStaticPaths() {
  return calculators.map((c) => ({ params: { id: c.id }, props: { title: c.title } }));
}

/**
 * The frame's size. 300 px fits the text column of a 360 px phone in WordPress's classic content (which keeps the
 * width as given); the block editor shrinks it to narrower columns. 300:750 is outside every aspect ratio the block
 * editor snaps to (which would then ignore our height messages), and within WordPress's 500-600 x 750 requests.
 */
const OEMBED_SIZE = { width: 300, height: 750 } as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Static oEmbed document (type rich) for a calculator page. Its HTML follows WordPress's own post embeds: a blockquote
 * linking to the full page, then the frame. WordPress keeps that pair only when the HTML starts with the blockquote and
 * nothing stands between or after them; it then shows the link until the frame speaks, and loads the script that sizes
 * the frame and follows its links. Pasting a URL carries no inputs: the snippets on the page do.
 */
export const GET: APIRoute = ({ params, props, site }) => {
  const id = params.id as CalculatorId;
  const title = String(props.title);
  const page = new URL(href(calculatorPath(id)), site).href;
  const src = new URL(href(embedPath(id)), site).href;
  const { width, height } = OEMBED_SIZE;
  const html = `<blockquote class="wp-embedded-content"><a href="${escape(page)}">${escape(title)} (${SITE.title})</a></blockquote>`
    + `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${escape(src)}" width="${width}" height="${height}"`
    + ` title="${escape(`${title} (${SITE.title})`)}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`;
  const body = { version: '1.0', type: 'rich', provider_name: SITE.title, provider_url: new URL(href(''), site).href, title, width, height, html };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
