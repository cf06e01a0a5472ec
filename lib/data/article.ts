// Reading the source article as continuous text, for checking that quotes are its own words.
import { normalizeSpaces } from '../format/french';

/**
 * The article as one line of text: the photo caption that the layout drops into a sentence is
 * taken out, words hyphenated across a column break are joined, and white space is collapsed.
 */
export function flowArticle(article: string, photoCaption: string): string {
  const withoutCaption = article.split(photoCaption).join(' ');
  return normalizeSpaces(withoutCaption.replace(/(\p{L})-[ \t]*\n\s*(\p{L})/gu, '$1$2'));
}

/** True when the quote stands in the flowed article, white space aside. */
export function articleContains(flowed: string, quote: string): boolean {
  return flowed.includes(normalizeSpaces(quote));
}
