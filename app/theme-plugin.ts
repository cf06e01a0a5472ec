// The colours of lib/view/theme.ts as Tailwind theme colours (`@plugin` in globals.css), so that the
// CSS never restates them: each is a `--color-<name>` property and its utilities (`text-ink`, `bg-paper`).
import plugin from 'tailwindcss/plugin';
import { CSS_COLORS } from '../lib/view/theme';

const cssProperties = Object.fromEntries(Object.entries(CSS_COLORS).map(([name, value]) => [`--color-${name}`, value]));
const utilityColors = Object.fromEntries(Object.keys(CSS_COLORS).map((name) => [name, `var(--color-${name})`]));

export default plugin(({ addBase }) => addBase({ ':root': cssProperties }), {
  theme: { extend: { colors: utilityColors } },
});
