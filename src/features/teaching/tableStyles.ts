/**
 * Table captions name each table for screen readers and readers alike; Mantine draws them in the
 * dimmed grey, which fails WCAG contrast, so teaching tables use a darker, left-aligned caption.
 */
import type { CSSProperties } from 'react';

export const CAPTION_STYLE: CSSProperties = {
  textAlign: 'left',
  color: 'var(--mantine-color-dark-7)',
  fontWeight: 600,
  marginBottom: 4,
};

/** Input descriptions likewise default to the dimmed grey. */
export const INPUT_STYLES = { description: { color: 'var(--mantine-color-dark-6)' } } as const;
