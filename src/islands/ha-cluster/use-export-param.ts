import { useEffect, useState } from 'preact/hooks';
import { EXPORT_PARAM } from '../../models/ha-cluster/export/formats.ts';
import { replaceAddress } from '../../lib/address.ts';
import { announceParams, onParamsRequested } from '../../lib/params-event.ts';
import { onSetMessage } from '../../lib/embed-messages.ts';

/**
 * The export's URL parameter, kept like the calculator's inputs (query only, history.replaceState): its text while
 * the export is open, null while it is closed, so a link opens the same export and a link without it does not.
 * It is not one of the model's fields because it changes no number of the plan: a bad value must not make the
 * plan stale, only the export.
 */
export function useExportParam(): [string | null, (text: string | null) => void] {
  // The first render matches the server's (closed); the address is read once mounted.
  const [text, setText] = useState<string | null>(null);

  const set = (next: string | null) => {
    setText(next);
    const url = new URL(location.href);
    if (next === null) url.searchParams.delete(EXPORT_PARAM); else url.searchParams.set(EXPORT_PARAM, next);
    if (url.href === location.href) return;
    replaceAddress(url);
    announceParams();
  };

  useEffect(() => {
    setText(new URLSearchParams(location.search).get(EXPORT_PARAM));
    // The framing page (embeds) and the deck's other window hand over inputs; take the export's among them.
    const take = (params: Record<string, string>) => { if (EXPORT_PARAM in params) setText(params[EXPORT_PARAM]); };
    const fromFrame = onSetMessage(take);
    const fromPage = onParamsRequested(take);
    return () => { fromFrame(); fromPage(); };
  }, []);

  return [text, set];
}
