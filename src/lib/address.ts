/**
 * Replaces the page's address without a history entry (calculator inputs, the export, the slide, the search query).
 * Query and hash only, so it works from file:// and inside frames; where a sandbox forbids it, the page still works
 * and only the address stays behind.
 */
export function replaceAddress(url: URL): void {
  try { history.replaceState(history.state, '', url); } catch { /* sandboxed */ }
}
