import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/** Where a calculator sits: its own page, a section of a chapter, an embed, or a slide of the talk. The mount says which. */
export type Placement = 'page' | 'chapter' | 'embed' | 'slide';

/**
 * The level of a calculator's results title: the page's h1 is above it on its page and in embeds, a chapter's or a
 * slide's h2 in chapters and slides.
 */
export const titleLevel = (placement: Placement) => (placement === 'chapter' || placement === 'slide' ? 3 : 2);

const Level = createContext(2);

/** Gives the headings below it their level: the results title at `level`, every subheading deeper. */
export function HeadingLevel({ level, children }: { level: number; children: ComponentChildren }) {
  return <Level.Provider value={level}>{children}</Level.Provider>;
}

interface Props { depth?: number; id?: string; class?: string; children: ComponentChildren }

/** A heading `depth` levels below the calculator's results title (0 is the title itself), never deeper than h6. */
export function Heading({ depth = 0, id, class: className, children }: Props) {
  const Tag = `h${Math.min(6, useContext(Level) + depth)}` as 'h2';
  return <Tag id={id} class={className}>{children}</Tag>;
}
