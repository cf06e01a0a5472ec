// An export for pages read at night (`theme=sombre`): the captioned SVG with each colour of the light
// drawing swapped for its dark counterpart, as the page's CSS swaps them (lib/view/theme.ts), so that
// one drawing serves both themes here too. Attributes, not CSS: resvg and svg-to-pdfkit read them alike.
import { darkCounterpart } from '../view/theme';

const PAINT = /\b(fill|stroke)="(#[0-9a-fA-F]{6})"/g;

export function darkSvg(svg: string): string {
  return svg.replace(PAINT, (_, property: string, color: string) => `${property}="${darkCounterpart(color)}"`);
}
