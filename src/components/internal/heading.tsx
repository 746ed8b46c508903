'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

/** The level of a component's heading, so it fits the outline of the page it is placed in. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends ComponentPropsWithoutRef<'h2'> {
  /** @default 2 */
  level?: HeadingLevel;
}

/** An `h1`...`h6` chosen by `level`. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading({ level = 2, ...props }, ref) {
  const Tag = `h${level}` as const;
  return <Tag ref={ref} {...props} />;
});

/** The level of a heading one step below `level` (a section inside the part `level` names). */
export function subheadingLevel(level: HeadingLevel): HeadingLevel {
  return level >= 6 ? 6 : ((level + 1) as HeadingLevel);
}
