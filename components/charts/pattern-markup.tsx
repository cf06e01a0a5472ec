// A scope's bar pattern as SVG markup, for pictures composed as text (the social card): the charts' own patterns.
import { renderToStaticMarkup } from 'react-dom/server';
import type { BarPattern } from '@/lib/data/scopes';
import { PatternDef } from './bar-pattern';

/** The `<pattern>` element, "" for a solid fill. */
export function patternMarkup(id: string, pattern: BarPattern, color: string): string {
  return renderToStaticMarkup(<PatternDef id={id} pattern={pattern} color={color} />);
}
