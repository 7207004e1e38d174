import type { APIRoute } from 'astro';
import { calculators } from '../../../calculators.ts';
import { href } from '../../../lib/paths.ts';
import { embedPath } from '../../../lib/routes.ts';
import type { CalculatorId } from '../../../calculator-ids.ts';
import { SITE } from '../../../lib/site.ts';

export function getStaticPaths() {
  return calculators.map((c) => ({ params: { id: c.id }, props: { title: c.title } }));
}

/** Static oEmbed document (type rich) for a calculator page: an iframe of its embed route. */
export const GET: APIRoute = ({ params, props, site }) => {
  const src = new URL(href(embedPath(params.id as CalculatorId)), site).href;
  const title = String(props.title);
  const body = {
    version: '1.0', type: 'rich', provider_name: SITE.title, provider_url: new URL(href(''), site).href, title,
    width: 720, height: 900,
    html: `<iframe src="${src}" title="${title} (${SITE.title})" width="720" height="900" loading="lazy" style="border:0;width:100%"></iframe>`,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
