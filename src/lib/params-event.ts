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
