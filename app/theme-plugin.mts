// The colours of lib/view/theme.ts as Tailwind theme colours (`@plugin` in globals.css), so that the
// CSS never restates them: each is a `--color-<name>` property and its utilities (`text-ink`, `bg-paper`).
// The properties take their dark values when the reader prefers a dark scheme, or inside an element
// that asks for one with `data-theme="sombre"` (`data-theme="clair"` forces the light ones); paper
// is always light. Charts' SVG names its colours by class (`fill-sector-1`, `stroke-ink`), which the
// rules below point at the same properties: one drawing serves both themes.
import plugin from 'tailwindcss/plugin';
import { THEME_COLORS, themeColors, type ThemeName } from '../lib/view/theme';

const properties = (theme: ThemeName) => ({
  ...Object.fromEntries(Object.entries(themeColors(theme)).map(([name, value]) => [`--color-${name}`, value])),
  colorScheme: theme === 'sombre' ? 'dark' : 'light',
});
const utilityColors = Object.fromEntries(Object.keys(THEME_COLORS).map((name) => [name, `var(--color-${name})`]));

/** `.fill-<name>` and `.stroke-<name>` for every colour, which a chart's markup names dynamically. */
const paints = Object.fromEntries(
  Object.keys(THEME_COLORS).flatMap((name) => [
    [`.fill-${name}`, { fill: `var(--color-${name})` }],
    [`.stroke-${name}`, { stroke: `var(--color-${name})` }],
  ]),
);

/** An element that forces a theme has that theme's ground and ink, so that it reads on any page. */
const forced = (theme: ThemeName) => ({ ...properties(theme), backgroundColor: 'var(--color-paper)', color: 'var(--color-ink)' });

export default plugin(
  ({ addBase }) =>
    addBase({
      ':root': properties('clair'),
      '@media (prefers-color-scheme: dark)': { ':root': properties('sombre') },
      // The document follows an element that forces a theme (an embed's outermost element), so that
      // its ground around that element is the same.
      ':root:has([data-theme="sombre"])': properties('sombre'),
      ':root:has([data-theme="clair"])': properties('clair'),
      '[data-theme="sombre"]': forced('sombre'),
      '[data-theme="clair"]': forced('clair'),
      // Paper stays light whatever the screen shows: ink is saved, and the print stylesheet's contrasts hold.
      '@media print': {
        ':root, :root:has([data-theme]), [data-theme]': properties('clair'),
      },
      ...paints,
    }),
  { theme: { extend: { colors: utilityColors } } },
);
