/** Starts Pagefind's UI on the search page, keeps the query in ?q= and runs the query the address brings. */
export function startSearch(): void {
  const root = document.getElementById('search');
  const Ui = (window as unknown as { PagefindUI?: new (options: object) => { triggerSearch(q: string): void } }).PagefindUI;
  if (!root || !location.protocol.startsWith('http') || !Ui) {
    document.getElementById('search-file-note')?.removeAttribute('hidden');
    return;
  }
  const ui = new Ui({ element: '#search', showSubResults: true, showImages: false, baseUrl: root.dataset.base, resetStyles: false });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
  root.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (!input.matches('input')) return;
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  });
}
