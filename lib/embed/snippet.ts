// The code a newsroom pastes into an article: the embed's frame, then the script that sizes it.
import { HOST_SCRIPT_URL } from './host-script';

/**
 * The frame's height before the script sets it, or where no script runs (a CMS that strips it):
 * about a chart with a few bars and its captions at an article's width; taller content scrolls.
 */
export const DEFAULT_EMBED_HEIGHT = 900;

export type SnippetInput = {
  /** The site's origin (and base path): `location.origin` in the browser, SITE_URL on the server. */
  origin: string;
  /** The embed's path, `/integrer/membres?secteur=plasturgie`. */
  embedPath: string;
  /** The chart's title, which names the frame for screen readers. */
  title: string;
  height?: number;
};

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The frame alone: what works without the script (its default height, loaded when it nears the screen). */
export function embedFrame({ origin, embedPath, title, height = DEFAULT_EMBED_HEIGHT }: SnippetInput): string {
  return (
    `<iframe src="${escapeAttribute(origin + embedPath)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}"` +
    ` loading="lazy" style="display:block;width:100%;border:0"></iframe>`
  );
}

/** The whole snippet: the frame, then the sizing script (async: it never holds the article back). */
export function embedSnippet(input: SnippetInput): string {
  return `${embedFrame(input)}\n<script async src="${escapeAttribute(input.origin + HOST_SCRIPT_URL)}"></script>`;
}
