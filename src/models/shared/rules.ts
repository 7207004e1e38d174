/**
 * Rules tables: rows of data whose condition names, per input field, the answers it applies to.
 * The placement advisor and the pattern picker keep their reasons in such tables instead of in branches.
 */

/** A condition: every field it names must hold one of the listed answers (fields it does not name are free). */
export type When<I> = { readonly [K in keyof I]?: readonly I[K][] };

/** True when the input meets every clause of the condition. */
export function matches<I>(when: When<I>, input: I): boolean {
  return (Object.keys(when) as (keyof I)[]).every((key) => (when[key] as readonly unknown[]).includes(input[key]));
}

/** The smallest input that meets a condition: the base answers with the condition's first answer per field (for tests and what-ifs). */
export function satisfying<I>(when: When<I>, base: I): I {
  const out = { ...base };
  for (const key of Object.keys(when) as (keyof I)[]) out[key] = (when[key] as readonly I[keyof I][])[0];
  return out;
}
