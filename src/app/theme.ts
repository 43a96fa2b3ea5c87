import { createTheme } from '@mantine/core';

/** System fonts only: no font is fetched from a third party at runtime. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
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
