import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's default light/outline text shades and some filled backgrounds (orange, yellow, teal…) fall
 * below WCAG AA contrast. Severity and evidence are read from these badges, so every coloured
 * variant is darkened until text on it passes 4.5:1.
 */
const accessibleVariantColors: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return defaults;
  const palette = input.theme.colors[parsed.color];
  const deepest = palette?.[9];
  if (!deepest) return defaults;
  if (input.variant === 'light') {
    // With an explicit shade ("brand.7") Mantine paints the solid colour; keep the light tint instead.
    return {
      ...defaults,
      background: `var(--mantine-color-${parsed.color}-light)`,
      hover: `var(--mantine-color-${parsed.color}-light-hover)`,
      color: darken(deepest, 0.35),
    };
  }
  if (input.variant === 'outline' || input.variant === 'subtle') {
    return { ...defaults, color: darken(deepest, 0.35) };
  }
  if (input.variant === 'white') {
    return { ...defaults, color: darken(deepest, 0.2) };
  }
  if (input.variant === 'filled') {
    const base = palette[parsed.shade ?? 8] ?? deepest;
    const needsDarker =
      parsed.isLight ||
      ['orange', 'yellow', 'lime', 'green', 'teal', 'cyan', 'grape', 'red'].includes(parsed.color);
    if (!needsDarker) return defaults;
    const background = darken(base, parsed.color === 'yellow' || parsed.color === 'lime' ? 0.5 : 0.25);
    return { ...defaults, background, hover: darken(background, 0.1), color: '#fff' };
  }
  return defaults;
};

/** System fonts only: no font is fetched from a third party at runtime. */
export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  variantColorResolver: accessibleVariantColors,
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  colors: {
    brand: [
      '#e9f1fb',
      '#cfdff2',
      '#a2c0e6',
      '#719fd9',
      '#4a83ce',
      '#3270c7',
      '#2566c4',
      '#1c4f8a',
      '#16457a',
      '#0e3868',
    ],
  },
});
