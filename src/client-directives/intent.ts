import type { ClientDirective } from 'astro';
import { SET_PARAMS } from '../lib/params-event.ts';
import { replaceAddress } from '../lib/address.ts';
import { setParamsOf } from '../lib/embed-messages.ts';

/**
 * Query keys that are not a calculator's inputs: the embed's theme, the deck's audience view. Base.astro's inline
 * script (which cannot import) skips these and the search page's q; here q is the tools directory's input.
 */
const NOT_INPUTS = new Set(['theme', 'view']);
/**
 * What shows that a reader is about to use the island: the pointer over it, a touch, focus, a key, or a value that
 * changed with none of those (the browser's autofill, a script or assistive technology setting it).
 */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'input', 'change'] as const;

/**
 * client:intent hydrates an island when a reader is about to use it, not when the page loads: the server has already
 * rendered the form and the results for the default inputs, so until then the page needs no script (issue 17: 18 KB of
 * JavaScript at most before interaction). It hydrates at once when it cannot wait:
 * - the address carries inputs, which the results have to follow (Base.astro keeps them hidden until then);
 * - a part that only a script can draw (`[data-drawn-by-script]`, a chart) comes near the viewport;
 * - the page asks its calculators to take inputs (SET_PARAMS, the deck's other window) or the framing page sends
 *   them (an embed's k8s-or-die:set): those are put in the address first, where the island reads them as it starts.
 * A click on a button that lands before the island has hydrated (a preset, the export's toggle) is held and repeated
 * once it has: Preact hydrates the server's elements in place, so the same element then has its handler. Typed text
 * needs no help: the island keeps it (use-early-input.ts).
 */
const intent: ClientDirective = (load, _options, el) => {
  let started = false;
  const held: HTMLElement[] = [];
  /** Listeners that start hydration, and those that stand in for the island's own until it has hydrated. */
  const stops: Array<() => void> = [];
  const untilHydrated: Array<() => void> = [];
  const on = (target: EventTarget, type: string, listener: (event: Event) => void, until = stops, capture = false) => {
    target.addEventListener(type, listener, { capture, passive: type !== 'click' });
    until.push(() => target.removeEventListener(type, listener, { capture }));
  };

  const start = async () => {
    if (started) return;
    started = true;
    for (const stop of stops.splice(0)) stop();
    // Clicks are held, and inputs sent go to the address, until the island has hydrated and can take them itself.
    const hold = (event: Event) => holdClick(event, held);
    el.addEventListener('click', hold, true);
    try {
      const hydrate = await load();
      await hydrate();
    } finally {
      el.removeEventListener('click', hold, true);
      for (const stop of untilHydrated.splice(0)) stop();
    }
    for (const button of held.splice(0)) if (button.isConnected) button.click();
  };

  on(window, SET_PARAMS, (event) => { toAddress((event as CustomEvent<Record<string, string>>).detail); void start(); }, untilHydrated);
  on(window, 'message', (event) => {
    const params = (event as MessageEvent).source === window.parent ? setParamsOf((event as MessageEvent).data) : null;
    if (params) { toAddress(params); void start(); }
  }, untilHydrated);

  const query = new URLSearchParams(location.search);
  if ([...query.keys()].some((key) => !NOT_INPUTS.has(key))) return void start();

  for (const type of INTENT_EVENTS) on(el, type, () => void start());
  on(el, 'click', (event) => { holdClick(event, held); void start(); }, stops, true);
  const drawn = el.querySelectorAll('[data-drawn-by-script]');
  if (drawn.length > 0 && typeof IntersectionObserver !== 'undefined') {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void start();
    }, { rootMargin: '200px' });
    for (const part of drawn) observer.observe(part);
    stops.push(() => observer.disconnect());
  }
};

/** Holds a click on a button (or a details' summary) until the island can answer it. */
function holdClick(event: Event, held: HTMLElement[]): void {
  const button = (event.target as Element | null)?.closest?.<HTMLElement>('button, summary');
  if (!button) return;
  event.preventDefault();
  event.stopPropagation();
  if (!held.includes(button)) held.push(button);
}

/** Inputs sent before the island listens: into the address (where the island reads them as it starts), keeping the rest. */
function toAddress(params: Record<string, string> | null | undefined): void {
  if (!params) return;
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  replaceAddress(url);
}

export default intent;
