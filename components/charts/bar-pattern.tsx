// SVG fills that encode a figure's scope by pattern, so that scope never rests on colour alone.
import type { BarPattern } from '@/lib/data/scopes';
import { WHITE } from '@/lib/view/theme';
import { classes, paint } from './paint';

type PatternProps = { id: string; pattern: BarPattern; color: string };

/** The <pattern> a bar of this scope is filled with; nothing for a solid fill. */
export function PatternDef({ id, pattern, color }: PatternProps) {
  switch (pattern) {
    case 'solid':
      return null;
    case 'hatch':
      return (
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={WHITE} className={paint('fill', WHITE)} />
          <rect width="3" height="6" fill={color} className={paint('fill', color)} />
        </pattern>
      );
    case 'dots':
      return (
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={WHITE} className={paint('fill', WHITE)} />
          <circle cx="3" cy="3" r="1.8" fill={color} className={paint('fill', color)} />
        </pattern>
      );
    case 'crosshatch':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={WHITE} className={paint('fill', WHITE)} />
          <path d="M0 0L8 8M8 0L0 8" stroke={color} strokeWidth="1.2" className={paint('stroke', color)} />
        </pattern>
      );
  }
}

export function patternFill({ id, pattern, color }: PatternProps): string {
  return pattern === 'solid' ? color : `url(#${id})`;
}

/** A small legend swatch drawn with the same pattern as the bars. */
export function PatternSwatch({ id, pattern, color }: PatternProps) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" className="shrink-0">
      <defs>
        <PatternDef id={id} pattern={pattern} color={color} />
      </defs>
      <rect
        x="0.75"
        y="0.75"
        width="26.5"
        height="12.5"
        fill={patternFill({ id, pattern, color })}
        stroke={color}
        className={classes(pattern === 'solid' && paint('fill', color), paint('stroke', color))}
        strokeWidth="1.5"
        strokeDasharray={pattern === 'crosshatch' ? '3 2' : undefined}
      />
    </svg>
  );
}
