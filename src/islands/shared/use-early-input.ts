import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

type Control = HTMLInputElement | HTMLSelectElement;

/** What the server rendered into a control (a select without a `selected` option shows its first). */
const rendered = (c: Control) => (c instanceof HTMLSelectElement ? ([...c.options].find((o) => o.defaultSelected) ?? c.options[0])?.value : c.defaultValue);

/**
 * Keeps what a reader typed or chose before the island hydrated (on a slow phone, the form is there seconds before
 * its script). Preact leaves that text in the page when it hydrates but not in its state, and its next render puts
 * the state back. So every text field or select that no longer holds the server's text is read at mount, before
 * anything renders again (the address's inputs, say), and replayed as input events once that has happened: it wins
 * over the address, in the form, results and URL. (A field changed and then set back to the server's text is not
 * told apart from one left alone; no calculator has checkboxes or radios.)
 */
export function useEarlyInput(form: RefObject<HTMLElement>): void {
  useEffect(() => {
    const root = form.current;
    const typed = new Map([...root?.querySelectorAll<Control>('input[name], select[name]') ?? []].filter((c) => c.value !== rendered(c)).map((c) => [c, c.value]));
    if (!root || typed.size === 0) return;
    // A field the reader changes again before the replay already has that newer value in the island's state: the
    // replay must not put the older one back (a keystroke landing between the two was lost in a CI run).
    const newer = (event: Event) => { if (event.isTrusted) typed.delete(event.target as Control); };
    root.addEventListener('input', newer, true);
    const replay = setTimeout(() => {
      root.removeEventListener('input', newer, true);
      for (const [control, value] of typed) {
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    return () => { clearTimeout(replay); root.removeEventListener('input', newer, true); };
  }, []);
}
