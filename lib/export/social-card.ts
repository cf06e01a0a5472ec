// From a checked card request to its file: the card's words and bars, its SVG, then a PNG drawn on the render pool.
import type { Dataset } from '../data/schema';
import { CARD_SIZE, socialCard, type CardSubject } from '../view/social-card';
import { cardFileName, type CardRequest } from './card-request';
import { measureText } from './fonts';
import { CONTENT_TYPES, type ExportFile } from './produce';
import { svgToPng, svgWithFonts } from './render';
import { RenderQueueFullError, renderQueueFull } from './render-pool';
import { composeSocialCard, type PatternMarkup } from './social-card-svg';

/** What networks read of the PNG's resolution: none matters on a screen, 72 dpi is the usual mark. */
const CARD_DPI = 72;

export function cardSubject(dataset: Dataset, request: CardRequest): CardSubject {
  const cluster = request.cluster ? dataset.clusters.find((c) => c.slug === request.cluster) : undefined;
  return cluster ? { cluster } : { sectors: request.sectors };
}

/**
 * The card's file; a PNG rejects with a RenderQueueFullError when the render threads have too much
 * waiting. `patternMarkup` draws the scopes' patterns with the charts' own component, passed in so
 * that this module stays free of React.
 */
export async function produceSocialCard(dataset: Dataset, request: CardRequest, patternMarkup: PatternMarkup): Promise<ExportFile> {
  if (request.format === 'png' && renderQueueFull()) throw new RenderQueueFullError();
  const card = socialCard(dataset, cardSubject(dataset, request));
  const composed = composeSocialCard({ card, patternMarkup, measure: measureText });
  const fileName = cardFileName(request);
  if (request.format === 'svg') {
    return { body: Buffer.from(await svgWithFonts(composed.svg, composed.texts), 'utf8'), contentType: CONTENT_TYPES.svg, fileName };
  }
  return { body: await svgToPng(composed.svg, { width: CARD_SIZE.width, dpi: CARD_DPI }), contentType: CONTENT_TYPES.png, fileName };
}
