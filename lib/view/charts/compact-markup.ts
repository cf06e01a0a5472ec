// The chart's SVG as recharts writes it carries what no reader of the page uses: a class per layer
// (`recharts-layer recharts-cartesian-axis-tick`…), a line's axis props copied onto it as
// attributes, coordinates to fourteen decimals, empty <defs> and <desc>, React's text separators,
// a clip path nothing clips with. About a third of the drawing's bytes, on every page and every
// view the overview fetches; this removes them and nothing the eye, the CSS or a screen reader reads.

/** Classes of recharts' own layers; the wrapper's is kept, the page's CSS sizes it. */
const RECHARTS_CLASS = /^(recharts-(?!wrapper$).+|xAxis|yAxis)$/;

/** Attributes recharts copies from an axis onto its <line> elements, which SVG ignores there. */
const LINE_AXIS_ATTRIBUTES = /\s(?:orientation|width|height|x|y)="[^"]*"/g;

function withoutRechartsClasses(markup: string): string {
  return markup.replace(/ class="([^"]*)"/g, (_, value: string) => {
    const kept = value.split(/\s+/).filter((name) => name !== '' && !RECHARTS_CLASS.test(name));
    return kept.length > 0 ? ` class="${kept.join(' ')}"` : '';
  });
}

/** A coordinate to two decimals, a hundredth of a unit: below what a screen or a printer shows. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

export function compactChartMarkup(markup: string): string {
  return withoutRechartsClasses(markup)
    .replace(/<line\b([^>]*)>/g, (_, attributes: string) => `<line${attributes.replace(LINE_AXIS_ATTRIBUTES, '')}>`)
    .replace(/="(-?\d+\.\d{3,})"/g, (_, value: string) => `="${roundCoordinate(Number(value))}"`)
    .replace(/<defs><clipPath id="[^"]*"><rect[^>]*><\/rect><\/clipPath><\/defs>/g, '')
    .replaceAll('<defs></defs>', '')
    .replaceAll('<desc></desc>', '')
    .replaceAll('<!-- -->', '')
    .replaceAll(' opacity="1"', '');
}
