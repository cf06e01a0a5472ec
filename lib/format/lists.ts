// French lists in running text: "a, b et c", and past a few names, a count of the rest.
import { formatCount } from './french';

/** "a", "a et b", "a, b et c". */
export function joinFrench(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/**
 * "a, b et c" up to `max` items; beyond, the first `max` and a count of the rest, "a, b, c et 149
 * autres grappes", so that a line stays a line whatever the length of the list.
 */
export function joinFrenchAtMost(items: string[], max: number, [singular, plural]: [string, string]): string {
  if (items.length <= max) return joinFrench(items);
  return `${items.slice(0, max).join(', ')} et ${formatCount(items.length - max, singular, plural)}`;
}
