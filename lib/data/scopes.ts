// What each scope means to a reader, and how a bar of that scope is drawn (never by colour alone).
import type { Scope } from './schema';

/**
 * What a figure covers. The article mixes several, and a chart must say which. Defined here, not
 * in the schema, so that client code can read it without loading zod.
 */
export const SCOPES = ['members', 'regional-sector', 'metro-area', 'pole'] as const;

export type BarPattern = 'solid' | 'hatch' | 'dots' | 'crosshatch';

export type ScopeInfo = {
  /** Short label printed beside a bar and in the table. */
  label: string;
  /** One sentence for the legend and the notes. */
  description: string;
  pattern: BarPattern;
};

export const SCOPE_INFO: Record<Scope, ScopeInfo> = {
  members: {
    label: 'membres de la grappe',
    description: 'Les entreprises de la grappe elle-même, ou leurs emplois.',
    pattern: 'solid',
  },
  'regional-sector': {
    label: 'toute la filière en région',
    description: "Toute la filière dans la région, bien au-delà des membres de la grappe.",
    pattern: 'hatch',
  },
  'metro-area': {
    label: 'métropole lilloise seulement',
    description: 'La seule métropole lilloise : un minimum pour la région, pas son total.',
    pattern: 'dots',
  },
  pole: {
    label: 'pôle régional, pas la grappe',
    description: "Le pôle régional dont la grappe est le « fer de lance », pas les membres de la grappe.",
    pattern: 'crosshatch',
  },
};

export function scopeLabel(scope: Scope): string {
  return SCOPE_INFO[scope].label;
}
