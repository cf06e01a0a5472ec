// The class that names a drawing's colour by its role (`fill-sector-1`, `stroke-ink`), so that the
// page's CSS paints it in the reader's theme (app/theme-plugin.mts). The light colour itself stays in
// the SVG attribute, for the exports and for anything that reads the SVG without the site's CSS.
import { colorName } from '@/lib/view/theme';

export function paint(property: 'fill' | 'stroke', color: string): string | undefined {
  const name = colorName(color);
  return name ? `${property}-${name}` : undefined;
}

/** Class names joined, the missing ones left out. */
export function classes(...names: Array<string | undefined | false>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}
