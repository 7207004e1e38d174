/**
 * Slide deck behaviour for /talk/present/: one slide at a time, keyboard, button and swipe control, the slide number
 * in the address (#3, hash only, so it also works from file://), speaker notes, a timer and an overview (o).
 *
 * Two views: the default is the speaker's, which opens the audience window (`?view=audience`) for the projector; the
 * audience view never shows notes. Windows of the same deck stay on the same slide, and a live calculator's inputs
 * follow from one window to the other, through a BroadcastChannel (same browser, no network needed).
 */
import { replaceAddress } from './address.ts';
import { onParamsChanged, requestParams } from './params-event.ts';

/** Between windows: the slide shown, a live calculator's inputs, or a window that has just opened asking for both. */
interface DeckMessage { slide?: unknown; params?: unknown; hello?: unknown }

/** True when a key or touch comes from something the reader types into or operates: the deck leaves those alone. */
const fromFormControl = (target: EventTarget | null) =>
  target instanceof Element && !!target.closest('input, select, textarea, [contenteditable], form');

/** The address's query without the view: what a live calculator keeps there, in a stable order. */
function calculatorParams(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('view');
  params.sort();
  return params.toString();
}

export function startDeck(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const titles = slides.map((slide) => slide.querySelector('h2')?.textContent ?? '');
  const controls = deck.querySelector<HTMLElement>('[data-controls]')!;
  const position = deck.querySelector<HTMLElement>('[data-position]')!;
  const nextTitle = deck.querySelector<HTMLElement>('[data-next-title]')!;
  const notesButton = deck.querySelector<HTMLButtonElement>('[data-notes]')!;
  const overview = deck.querySelector<HTMLDialogElement>('[data-overview]')!;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('k8s-or-die:deck') : null;
  const audience = new URLSearchParams(location.search).get('view') === 'audience';
  let current = 0;

  const fromHash = () => Math.min(slides.length, Math.max(1, Number.parseInt(location.hash.replace(/^#(slide-)?/, ''), 10) || 1)) - 1;
  const show = (index: number, broadcast = true) => {
    current = Math.min(slides.length - 1, Math.max(0, index));
    slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === current));
    position.textContent = `Slide ${current + 1} of ${slides.length}: ${titles[current]}`;
    nextTitle.textContent = current + 1 < slides.length ? `Next: ${titles[current + 1]}` : 'Last slide';
    overview.querySelectorAll('[data-tile]').forEach((tile, i) => (i === current ? tile.setAttribute('aria-current', 'true') : tile.removeAttribute('aria-current')));
    const url = new URL(location.href);
    url.hash = String(current + 1);
    replaceAddress(url);
    if (broadcast) channel?.postMessage({ slide: current } satisfies DeckMessage);
  };
  const setNotes = (on: boolean) => {
    deck.classList.toggle('show-notes', on && !audience);
    notesButton.setAttribute('aria-pressed', String(on && !audience));
  };
  const toggleNotes = () => setNotes(!deck.classList.contains('show-notes'));
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  const toggleOverview = () => {
    if (overview.open) { overview.close(); return; }
    overview.showModal();
    overview.querySelector<HTMLElement>(`[data-tile="${current + 1}"]`)?.focus();
  };
  // The projector's window: same address, the audience's view. Once it is open, this window is the speaker's desk.
  const openAudience = () => {
    const url = new URL(location.href);
    url.searchParams.set('view', 'audience');
    if (window.open(url.href, 'k8s-or-die-audience')) setNotes(true);
  };

  deck.classList.add('deck-live');
  deck.dataset.view = audience ? 'audience' : 'speaker';
  if (audience) deck.querySelectorAll('.slide-notes').forEach((notes) => notes.remove());
  controls.hidden = audience;
  deck.querySelector('[data-prev]')!.addEventListener('click', () => show(current - 1));
  deck.querySelector('[data-next]')!.addEventListener('click', () => show(current + 1));
  notesButton.addEventListener('click', toggleNotes);
  deck.querySelector('[data-fullscreen]')!.addEventListener('click', fullscreen);
  deck.querySelector('[data-overview-open]')!.addEventListener('click', toggleOverview);
  deck.querySelector('[data-open-audience]')!.addEventListener('click', openAudience);
  overview.addEventListener('click', (event) => {
    const tile = (event.target as Element).closest<HTMLElement>('[data-tile]');
    if (tile) { event.preventDefault(); show(Number(tile.dataset.tile) - 1); overview.close(); }
    else if ((event.target as Element).closest('[data-overview-close]')) overview.close();
  });

  // A live calculator's inputs, between windows. Each window remembers what it last sent or received, so an echo
  // (the other window applying the inputs and announcing them in turn) is not sent back.
  let synced = calculatorParams(location.search);
  onParamsChanged(() => {
    const now = calculatorParams(location.search);
    if (now !== synced) { synced = now; channel?.postMessage({ params: now } satisfies DeckMessage); }
  });
  channel?.addEventListener('message', (event: MessageEvent<DeckMessage>) => {
    const { slide, params, hello } = event.data ?? {};
    // A window that opens late (the audience's, a reload) catches up with where the others are.
    if (hello === true) channel.postMessage({ slide: current, params: synced } satisfies DeckMessage);
    if (typeof slide === 'number') show(slide, false);
    if (typeof params === 'string' && params !== synced) {
      synced = params;
      // Into the address first, so a calculator that has not hydrated yet starts from these inputs; then to the ones that have.
      const url = new URL(location.href);
      url.search = params;
      if (audience) url.searchParams.set('view', 'audience');
      replaceAddress(url);
      requestParams(Object.fromEntries(new URLSearchParams(params)));
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || fromFormControl(event.target)) return;
    if (overview.open && event.key !== 'o' && event.key !== 'O') return;
    const onControl = (event.target as Element).closest('button, a');
    const keys: Record<string, () => void> = {
      ArrowRight: () => show(current + 1), PageDown: () => show(current + 1), ArrowLeft: () => show(current - 1),
      PageUp: () => show(current - 1), Home: () => show(0), End: () => show(slides.length - 1),
      n: toggleNotes, N: toggleNotes, f: fullscreen, F: fullscreen, o: toggleOverview, O: toggleOverview,
    };
    if (event.key === ' ' && !onControl) keys[' '] = () => show(current + (event.shiftKey ? -1 : 1));
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  window.addEventListener('hashchange', () => show(fromHash()));

  // Swipes: a mostly horizontal touch drag of at least 50 px, not started on a form control.
  const stage = deck.querySelector<HTMLElement>('.deck-slides')!;
  let touchStart: { x: number; y: number } | null = null;
  stage.addEventListener('pointerdown', (event) => {
    touchStart = event.pointerType === 'touch' && !fromFormControl(event.target) ? { x: event.clientX, y: event.clientY } : null;
  });
  stage.addEventListener('pointercancel', () => { touchStart = null; });
  stage.addEventListener('pointerup', (event) => {
    if (!touchStart || event.pointerType !== 'touch') return;
    const dx = event.clientX - touchStart.x;
    const dy = event.clientY - touchStart.y;
    touchStart = null;
    if (Math.abs(dx) >= 50 && Math.abs(dx) > 2 * Math.abs(dy)) show(current + (dx < 0 ? 1 : -1));
  });

  const started = Date.now();
  const timer = deck.querySelector<HTMLElement>('[data-timer]')!;
  setInterval(() => {
    const s = Math.floor((Date.now() - started) / 1000);
    timer.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  }, 1000);
  show(fromHash(), false);
  channel?.postMessage({ hello: true } satisfies DeckMessage);
}
