/**
 * What kind of fact content/data/facts.yaml holds. A `now` fact is a state that ages (the latest release, what is
 * scheduled, a project's maturity) and is shown with the day it was last confirmed; a `history` fact is a dated
 * event that does not age ("removed in 1.26").
 */
export const factKinds = ['now', 'history'] as const;
export type FactKind = (typeof factKinds)[number];

/** How many days a `now` fact or an active tool status may go unconfirmed before the freshness report lists it. */
export const FRESH_FOR_DAYS = 120;
