import { replaceAddress } from './address.ts';
import { searchPages, type IndexedPage } from './local-search.ts';

type PagefindUi = new (options: object) => { triggerSearch(q: string): void };

/**
 * The search page: Pagefind's UI where the site is served over http(s); opened from disk (the portable copy), a
 * search over the prebuilt index in search-index.js. Either way the query lives in ?q=, and a query in the address
 * runs at once.
 */
export function startSearch(): void {
  const root = document.getElementById('search');
  if (!root?.dataset.ui || !location.protocol.startsWith('http')) { startLocalSearch(); return; }
  afterFirstPaint(() => loadPagefind(root, root.dataset.ui!));
}

/**
 * Runs once the browser has shown the page: on its first paint entry, which is stamped when the frame is presented.
 * Where there is none to wait for (a hidden tab draws nothing; a browser without paint timing), it runs at once.
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) { run(); return; }
  const observer = new PerformanceObserver(() => { observer.disconnect(); run(); });
  observer.observe({ type: 'paint', buffered: true });
}

function loadPagefind(root: HTMLElement, ui: string): void {
  // Pagefind's stylesheet sits beside its script. It is asked for here, with the script, rather than in the head:
  // nothing it styles exists before the script draws the box, so it need not hold back the page's first paint.
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = ui.replace(/\.js$/, '.css');
  const styled = new Promise((resolve) => { styles.onload = styles.onerror = resolve; });
  document.head.append(styles);
  const script = document.createElement('script');
  script.src = ui;
  script.addEventListener('load', async () => {
    const Ui = (window as unknown as { PagefindUI?: PagefindUi }).PagefindUI;
    if (!Ui) { startLocalSearch(); return; }
    await styled; // drawn unstyled, the box would jump when its styles arrive
    startPagefind(root, Ui);
  });
  script.addEventListener('error', startLocalSearch);
  document.head.append(script);
}

/** Writes the query into ?q= without a history entry. */
function keepQuery(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
  replaceAddress(url);
}

function startPagefind(root: HTMLElement, Ui: PagefindUi): void {
  const ui = new Ui({ element: '#search', showSubResults: true, showImages: false, baseUrl: root.dataset.base, resetStyles: false });
  // Pagefind names its box by a title attribute only; a real label is what screen readers (and axe) expect.
  root.querySelector('input')?.setAttribute('aria-label', 'Search the guide');
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
  root.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.matches('input')) keepQuery(input.value);
  });
}

function startLocalSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-local-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = form.querySelector<HTMLElement>('[data-local-count]')!;
  const list = form.querySelector<HTMLOListElement>('[data-local-results]')!;
  const siteRoot = document.documentElement.dataset.root ?? '';
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  input.value = new URLSearchParams(location.search).get('q') ?? '';

  let pages: IndexedPage[] | null = null;
  const render = () => {
    keepQuery(input.value.trim());
    if (!pages) return;
    const hits = searchPages(pages, input.value);
    list.replaceChildren(...hits.map(({ page, excerpt }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = siteRoot + page.url;
      link.textContent = page.title;
      const text = document.createElement('p');
      const mark = document.createElement('mark');
      mark.textContent = excerpt.match;
      text.append(excerpt.before, mark, excerpt.after);
      item.append(link, text);
      return item;
    }));
    status.textContent = input.value.trim() ? `${hits.length} ${hits.length === 1 ? 'page' : 'pages'} found.` : '';
  };
  input.addEventListener('input', render);
  // A classic script, not fetch(): browsers refuse fetch() of files opened from disk.
  const script = document.createElement('script');
  script.src = `${siteRoot}search-index.js`;
  script.onload = () => {
    pages = (window as unknown as { __K8S_SEARCH_INDEX__?: IndexedPage[] }).__K8S_SEARCH_INDEX__ ?? [];
    render();
  };
  script.onerror = () => { status.textContent = 'Search needs the site served over http(s), or the portable copy, which carries its own index.'; };
  document.head.append(script);
}
