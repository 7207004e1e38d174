/**
 * Turns the architecture diagram's component groups into buttons (role, tabindex, pressed state; the name
 * comes from the visible labels)
 * that show the chosen component's description in the live panel; runs once per diagram on the page.
 */
export function enhanceArchitecture(root: HTMLElement): void {
  const panel = root.querySelector<HTMLElement>('[data-arch-panel]');
  const list = root.querySelector<HTMLDetailsElement>('[data-arch-list]');
  const buttons = [...root.querySelectorAll<SVGGElement>('[data-component]')];
  if (!panel || buttons.length === 0) return;

  const select = (button: SVGGElement) => {
    const id = button.dataset.component!;
    const entry = root.querySelector(`[data-entry="${id}"]`);
    if (!entry) return;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
    const name = document.createElement('p');
    name.className = 'arch-panel-name';
    name.append(...[...entry.querySelector('dt')!.childNodes].map((n) => n.cloneNode(true)));
    const details = [...entry.querySelectorAll('dd > p')].map((p) => p.cloneNode(true));
    panel.dataset.showing = id;
    panel.replaceChildren(name, ...details);
    const box = panel.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      panel.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    }
  };

  for (const button of buttons) {
    button.setAttribute('role', 'button');
    button.setAttribute('tabindex', '0');
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-controls', panel.id);
    button.addEventListener('click', () => select(button));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(button);
      }
    });
  }
  panel.hidden = false;
  list?.removeAttribute('open');
  root.classList.add('is-enhanced');
  if (!list) return;
  // Paper has no live panel (print styles hide it), so the list of every description opens to be printed.
  let openBeforePrint = false;
  window.addEventListener('beforeprint', () => { openBeforePrint = list.open; list.open = true; });
  window.addEventListener('afterprint', () => { list.open = openBeforePrint; });
}
