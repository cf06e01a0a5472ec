// Characters no text of the dataset may hold: invisible ones that garble a page or a terminal, or disguise what a text says.

export type ForbiddenCharacter = {
  /** "U+001B", as a reader looks it up. */
  codePoint: string;
  /** "échappement": the name of the few a hand-edited file is likely to hold. */
  name: string | null;
  /** Where it stands, counting characters from 1. */
  position: number;
  kind: 'control' | 'bidi';
};

/** Control characters: C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F). */
const CONTROL = /\p{Cc}/u;

/**
 * Bidirectional formatting characters: the embeddings and overrides (U+202A–U+202E), the isolates
 * (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). None belongs in French text, and an
 * override makes a text read otherwise than it is stored ("Trojan Source").
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const LINE_BREAK = '\n';

const NAMES: Record<string, string> = {
  '\u0000': 'caractère nul',
  '\t': 'tabulation',
  '\n': 'saut de ligne',
  '\r': 'retour chariot',
  '\u001b': 'échappement',
  '\u202e': 'forçage de droite à gauche',
  '\u202d': 'forçage de gauche à droite',
};

/** "U+001B", "U+1F600". */
export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first forbidden character of a text, or null when it has none. `lineBreaks` lets U+000A
 * through, for the texts that may run over several lines (a description typed in a spreadsheet
 * cell with Alt+Entrée); a tab, a carriage return or any other control character never is.
 */
export function findForbiddenCharacter(text: string, options: { lineBreaks?: boolean } = {}): ForbiddenCharacter | null {
  if (!CONTROL.test(text) && !BIDI.test(text)) return null; // the usual case, without walking the text
  let position = 0;
  for (const character of text) {
    position += 1;
    if (character === LINE_BREAK && options.lineBreaks) continue;
    const kind = CONTROL.test(character) ? 'control' : BIDI.test(character) ? 'bidi' : null;
    if (kind) return { codePoint: codePointLabel(character), name: NAMES[character] ?? null, position, kind };
  }
  return null;
}

/** Characters as a reader counts them: "é" or "😀" is one, whatever its UTF-16 length. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const unit = text.charCodeAt(i);
    // A high surrogate and the low one after it are one character.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}

/**
 * A text from the file made safe to print in a message: forbidden characters spelled out
 * ("U+202E"), and cut after `max` characters.
 */
export function printable(text: string, max = 60): string {
  const cut = [...text.slice(0, max * 2)].slice(0, max).join('');
  const shown = cut.replace(new RegExp(`${CONTROL.source}|${BIDI.source}`, 'gu'), (c) => `<${codePointLabel(c)}>`);
  return cut.length < text.length ? `${shown}…` : shown;
}
