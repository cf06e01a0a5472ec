import { describe, expect, it } from 'vitest';
import { joinFrench, joinFrenchAtMost } from './lists';

describe('joinFrench', () => {
  it('joins with commas and "et"', () => {
    expect(joinFrench([])).toBe('');
    expect(joinFrench(['a'])).toBe('a');
    expect(joinFrench(['a', 'b', 'c'])).toBe('a, b et c');
  });

  it('names a few and counts the rest past a limit', () => {
    const noun: [string, string] = ['autre grappe', 'autres grappes'];
    expect(joinFrenchAtMost(['a', 'b', 'c'], 3, noun)).toBe('a, b et c');
    expect(joinFrenchAtMost(['a', 'b', 'c', 'd'], 3, noun)).toBe('a, b, c et 1 autre grappe');
    expect(joinFrenchAtMost(['a', 'b', 'c', 'd', 'e'], 2, noun)).toBe('a, b et 3 autres grappes');
  });
});
