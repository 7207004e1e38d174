/** localStorage under the k8s-or-die: prefix; every call survives storage being blocked (sandboxed iframes, file://). */
const PREFIX = 'k8s-or-die:';

export const storage = {
  get(key: string): string | null {
    try { return localStorage.getItem(PREFIX + key); } catch { return null; }
  },
  set(key: string, value: string): void {
    try { localStorage.setItem(PREFIX + key, value); } catch { /* blocked: the choice lasts this page only */ }
  },
  remove(key: string): void {
    try { localStorage.removeItem(PREFIX + key); } catch { /* blocked */ }
  },
};
