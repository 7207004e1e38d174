import { onParamsChanged } from './params-event.ts';
import { inOpaqueFrame } from './sandbox.ts';
import { isWpReady, wpHeight, wpMessage, wpSecret } from './wp-embed.ts';

/**
 * Behaviour of /embed/<id>/ pages towards whatever frames them:
 * - our own protocol (DESIGN.md section 5): {type: 'k8s-or-die:resize', id, height} whenever the height changes;
 * - WordPress's (wp-embed.ts), when the address carries its secret: the height, as soon as this script runs (so if
 *   scripts fail, readers keep WordPress's link to the full version; the islands hydrate later, when a reader is about
 *   to use them, in the same box), again on every change and when WordPress says it is ready; and links that leave
 *   the frame, which WordPress's sandbox would block, handed to WordPress;
 * - the "full version" link carries the current inputs and, in a sandboxed frame, shows its address in plain text.
 */
export function startEmbedPage(): void {
  const main = document.querySelector<HTMLElement>('[data-embed-id]');
  if (!main) return;
  const id = main.dataset.embedId!;
  const framed = window.parent !== window;
  const secret = () => wpSecret(location.hash);
  const height = () => document.documentElement.getBoundingClientRect().height;
  const tellWordPress = () => {
    const s = secret();
    if (framed && s) window.parent.postMessage(wpMessage('height', wpHeight(height()), s), '*');
  };

  if (framed) {
    let last = -1;
    new ResizeObserver(() => {
      const h = Math.ceil(height());
      if (h === last) return;
      last = h;
      window.parent.postMessage({ type: 'k8s-or-die:resize', id, height: h }, '*');
      tellWordPress();
    }).observe(document.documentElement);
    window.addEventListener('message', (event) => {
      const s = secret();
      if (event.source === window.parent && s && isWpReady(event.data, s)) tellWordPress();
    });
    // Links to this site that leave the frame (target=_top): WordPress follows them in the top window on request.
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[target="_top"]');
      const s = secret();
      if (!link || !s || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      window.parent.postMessage(wpMessage('link', link.href, s), '*');
    });
  }
  keepFullVersionLink(inOpaqueFrame());
}

/** Keeps the full-version link (and, in a sandbox that may block it, its address in words) carrying the current inputs. */
function keepFullVersionLink(showAddress: boolean): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-full-version]');
  const address = document.querySelector<HTMLElement>('[data-full-address]');
  const base = link?.getAttribute('href');
  if (!link || base === null || base === undefined) return;
  const update = () => {
    const params = new URLSearchParams(location.search);
    params.delete('theme');
    const query = params.toString();
    link.href = query ? `${base}?${query}` : base;
    if (address && showAddress) {
      address.hidden = false;
      address.querySelector('code')!.textContent = link.href;
    }
  };
  onParamsChanged(update);
  update();
}
