/**
 * Messages between an embed page and the page that frames it (DESIGN.md section 5):
 * out: {type: 'k8s-or-die:resize', id, height} and {type: 'k8s-or-die:state', id, params};
 * in:  {type: 'k8s-or-die:set', params} where params is an object of strings or a query string.
 */

/** True on embed pages inside a frame. */
export function isEmbedded(): boolean {
  return typeof window !== 'undefined' && window.parent !== window && document.documentElement.dataset.embed === 'true';
}

/** Tells the parent page the calculator's current inputs. */
export function postState(id: string, params: Record<string, string>): void {
  window.parent.postMessage({ type: 'k8s-or-die:state', id, params: { ...params } }, '*');
}

/** Reads a k8s-or-die:set message's params, or null for any other message shape. */
export function setParamsOf(data: unknown): Record<string, string> | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, params } = data as { type?: unknown; params?: unknown };
  if (type !== 'k8s-or-die:set') return null;
  if (typeof params === 'string') return Object.fromEntries(new URLSearchParams(params));
  if (typeof params !== 'object' || params === null) return null;
  const entries = Object.entries(params).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  return Object.fromEntries(entries.map(([k, v]) => [k, String(v)]));
}

/** Calls `apply` with the params of every k8s-or-die:set message from the parent; returns the unsubscribe. */
export function onSetMessage(apply: (params: Record<string, string>) => void): () => void {
  if (!isEmbedded()) return () => {};
  const listener = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const params = setParamsOf(event.data);
    if (params) apply(params);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
