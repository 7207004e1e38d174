/**
 * Slide deck behaviour for /talk/present/: one slide at a time, keyboard and button control, the slide number in
 * the address (#3, hash only, so it also works from file://), speaker notes and a timer, and windows of the same deck
 * kept on the same slide through a BroadcastChannel (a presenter window and an audience window).
 */
export function startDeck(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const controls = deck.querySelector<HTMLElement>('[data-controls]')!;
  const position = deck.querySelector<HTMLElement>('[data-position]')!;
  const notesButton = deck.querySelector<HTMLButtonElement>('[data-notes]')!;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('k8s-or-die:deck') : null;
  let current = 0;

  const fromHash = () => Math.min(slides.length, Math.max(1, Number.parseInt(location.hash.replace(/^#(slide-)?/, ''), 10) || 1)) - 1;
  const show = (index: number, broadcast = true) => {
    current = Math.min(slides.length - 1, Math.max(0, index));
    slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === current));
    const title = slides[current].querySelector('h2')?.textContent ?? '';
    position.textContent = `Slide ${current + 1} of ${slides.length}: ${title}`;
    try { history.replaceState(history.state, '', `#${current + 1}`); } catch { /* sandboxed */ }
    if (broadcast) channel?.postMessage({ slide: current });
  };
  const toggleNotes = () => {
    const on = !deck.classList.contains('show-notes');
    deck.classList.toggle('show-notes', on);
    notesButton.setAttribute('aria-pressed', String(on));
  };
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };

  deck.classList.add('deck-live');
  controls.hidden = false;
  deck.querySelector('[data-prev]')!.addEventListener('click', () => show(current - 1));
  deck.querySelector('[data-next]')!.addEventListener('click', () => show(current + 1));
  notesButton.addEventListener('click', toggleNotes);
  deck.querySelector('[data-fullscreen]')!.addEventListener('click', fullscreen);
  channel?.addEventListener('message', (event: MessageEvent<{ slide?: unknown }>) => {
    if (typeof event.data?.slide === 'number') show(event.data.slide, false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onControl = (event.target as HTMLElement).closest('button, a, input, select, textarea');
    const keys: Record<string, () => void> = {
      ArrowRight: () => show(current + 1), PageDown: () => show(current + 1), ArrowLeft: () => show(current - 1),
      PageUp: () => show(current - 1), Home: () => show(0), End: () => show(slides.length - 1), n: toggleNotes, N: toggleNotes, f: fullscreen, F: fullscreen,
    };
    if (event.key === ' ' && !onControl) keys[' '] = () => show(current + (event.shiftKey ? -1 : 1));
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  window.addEventListener('hashchange', () => show(fromHash()));

  const started = Date.now();
  const timer = deck.querySelector<HTMLElement>('[data-timer]')!;
  setInterval(() => {
    const s = Math.floor((Date.now() - started) / 1000);
    timer.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  }, 1000);
  show(fromHash(), false);
}
