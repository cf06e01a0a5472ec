// The known word a mistyped one was most likely meant to be ("cavaet" → "caveat"), for "did you mean" hints.

/**
 * Edits between two words (optimal string alignment distance): insertions, deletions,
 * substitutions and swaps of two neighbouring letters, the typos of a hand-edited file.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  // rows[i][j]: edits from the first i letters of s to the first j letters of t.
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) rows[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[s.length][t.length];
}

/**
 * The candidate closest to `word`, ignoring case, or null when none is close enough to be a typo
 * of it: at most one edit per three letters (one for "nmae", three for "synthetique"), so that an
 * unrelated word gets no misleading hint. On a tie, the first candidate wins.
 */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const allowed = Math.max(1, Math.floor([...word].length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
