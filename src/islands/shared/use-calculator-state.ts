import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CalculatorModel } from '../../models/shared/calculator-model.ts';
import { defaultRaw, type Fields, type Parsed, type RawValues, type Values } from '../../models/shared/fields.ts';
import { replaceAddress } from '../../lib/address.ts';
import { announceParams, onParamsRequested } from '../../lib/params-event.ts';
import { isEmbedded, onSetMessage, postState } from '../../lib/embed-messages.ts';

export interface CalculatorState<F extends Fields> {
  raw: RawValues<F>;
  parsed: Parsed<F>;
  /** The inputs to show results for: the current ones, or the last valid ones while any field is invalid. */
  input: Values<F>;
  stale: boolean;
  set: (key: keyof F & string, text: string) => void;
  setMany: (values: Partial<Record<keyof F & string, string>>) => void;
}

function rawDefaults<F extends Fields>(fields: F): RawValues<F> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, defaultRaw(f)])) as RawValues<F>;
}

/**
 * Form state for a calculator, kept in the URL: starts from the query string, writes every change back with
 * history.replaceState (query only, so it also works from file:// and inside iframes), and talks to an embedding page.
 */
export function useCalculatorState<F extends Fields>(model: CalculatorModel<F, unknown>): CalculatorState<F> {
  const { id, fields, expand } = model;
  const parse = (raw: RawValues<F>) => model.parse(raw as Record<string, string>);
  // The first render matches the server's (defaults); the URL is read once mounted.
  const [raw, setRaw] = useState<RawValues<F>>(() => rawDefaults(fields));
  const parsed = useMemo(() => parse(raw), [raw]);
  const lastValid = useRef<Values<F>>(parse(rawDefaults(fields)).input!);
  if (parsed.input) lastValid.current = parsed.input;
  const touched = useRef(false);

  const setMany = (values: Partial<Record<string, string>>) => {
    touched.current = true;
    setRaw((prev) => {
      const next = { ...prev };
      for (const key of Object.keys(fields)) if (typeof values[key] === 'string') next[key as keyof F] = values[key] as string;
      // Nothing changed (another window sent back what this one said): keep the state, announce nothing.
      return Object.keys(fields).every((key) => next[key as keyof F] === prev[key as keyof F]) ? prev : next;
    });
  };

  useEffect(() => {
    const fromUrl = new URLSearchParams(location.search);
    const found = expand(Object.fromEntries(Object.keys(fields).filter((k) => fromUrl.has(k)).map((k) => [k, fromUrl.get(k)!])));
    if (Object.keys(found).length > 0) {
      setRaw((prev) => ({ ...prev, ...found }));
      // Inputs the framing page sent before the island ran reached it through the address: say what it now shows,
      // as it does for every later change.
      if (isEmbedded()) postState(id, { ...rawDefaults(fields), ...found });
    }
    // The results, hidden until now if the address held inputs (Base.astro), show once they follow them.
    requestAnimationFrame(() => document.documentElement.removeAttribute('data-inputs-pending'));
    const fromFrame = onSetMessage((params) => setMany(expand(params)));
    const fromPage = onParamsRequested((params) => setMany(expand(params)));
    return () => { fromFrame(); fromPage(); };
  }, []);

  useEffect(() => {
    if (!touched.current) return;
    const url = new URL(location.href);
    for (const key of Object.keys(fields)) url.searchParams.set(key, raw[key as keyof F]);
    replaceAddress(url);
    announceParams();
    if (isEmbedded()) postState(id, raw);
  }, [raw]);

  return {
    raw, parsed, input: parsed.input ?? lastValid.current, stale: parsed.input === null,
    set: (key, text) => setMany({ [key]: text } as Partial<Record<string, string>>),
    setMany,
  };
}
