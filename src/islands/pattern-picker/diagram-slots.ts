import type { ComponentChildren } from 'preact';
import type { PatternId } from '../../models/shared/patterns.ts';

/**
 * The mount renders each pattern's diagram on the server and passes it as a named slot; Astro hands a slot named
 * "tenant-clusters" to a framework component as the camelCase prop "tenantClusters".
 */
export const diagramSlot = (id: PatternId) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The diagrams as the island receives them: one optional slot prop per pattern. */
export type DiagramSlots = Partial<Record<string, ComponentChildren>>;
