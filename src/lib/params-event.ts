/**
 * Calculators keep their inputs in the address with history.replaceState, which fires no event. After each change
 * they dispatch this one on window, so parts of the page outside the island (the embed's full-version link, the embed
 * snippets) can follow the inputs.
 */
export const PARAMS_CHANGED = 'k8s-or-die:params-changed';

/** Announces that the address's query has just changed. */
export const announceParams = () => window.dispatchEvent(new Event(PARAMS_CHANGED));

/** Calls `listener` after every change of the calculator inputs in the address. */
export const onParamsChanged = (listener: () => void) => window.addEventListener(PARAMS_CHANGED, listener);

/**
 * The other direction: something on the page outside the island (the talk deck, following another window) asks every
 * calculator on it to take these inputs. Calculators ignore keys that are not theirs.
 */
export const SET_PARAMS = 'k8s-or-die:set-params';

/** Asks the page's calculators to take these inputs. */
export const requestParams = (params: Record<string, string>) => window.dispatchEvent(new CustomEvent(SET_PARAMS, { detail: params }));

/** Calls `apply` with every requestParams() call's inputs; returns the unsubscribe. */
export function onParamsRequested(apply: (params: Record<string, string>) => void): () => void {
  const listener = (event: Event) => apply((event as CustomEvent<Record<string, string>>).detail);
  window.addEventListener(SET_PARAMS, listener);
  return () => window.removeEventListener(SET_PARAMS, listener);
}
