// GET /export/carte.png?secteur=… or ?grappe=…: the social card of a view (og:image), and
// /export/carte.svg, the same card as SVG (pages/api/export/carte.svg.ts). A route of its own beside
// [file].ts, whose charts are the page's: a card is both charts of a view, and no date is printed on it.
import type { NextApiRequest, NextApiResponse } from 'next';
import { patternMarkup } from '@/components/charts/pattern-markup';
import { getDataset } from '@/lib/data/load';
import { cardFileName, parseCardRequest, type CardFormat } from '@/lib/export/card-request';
import { RenderQueueFullError } from '@/lib/export/render-pool';
import { produceSocialCard } from '@/lib/export/social-card';
import { errorReply, makeAnswer, methodNotAllowedReply, replyWith, sendReply, type Answer } from '@/lib/http/answers';
import { isAllowedMethod } from '@/lib/http/methods';
import { AnswerCache } from '@/lib/http/response-cache';

/** A card depends only on its URL and the dataset: one per view, about 60 kB each. */
const cache = new AnswerCache<Answer>({ maxBytes: 16 * 1024 * 1024, sizeOf: (file) => file.body.length });
/** Seconds after which a client turned away by a full render queue may ask again. */
const RETRY_AFTER_SECONDS = 5;

/** The route of one of the card's formats. */
export function cardRoute(format: CardFormat) {
  return async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
    if (!isAllowedMethod(req.method)) return sendReply(res, methodNotAllowedReply(req.method));
    const dataset = getDataset();
    const parsed = parseCardRequest(format, req.query, {
      sectorIds: dataset.sectors.map((s) => s.id),
      clusterSlugs: dataset.clusters.map((c) => c.slug),
    });
    if (!parsed.ok) return sendReply(res, errorReply(parsed.status, { message: parsed.message }));

    let made: Answer;
    try {
      made = await cache.getOrMake(cardFileName(parsed.request), async () => {
        const produced = await produceSocialCard(dataset, parsed.request, patternMarkup);
        return makeAnswer(produced.body, { 'Content-Type': produced.contentType, 'Content-Disposition': `inline; filename="${produced.fileName}"` });
      });
    } catch (error) {
      if (!(error instanceof RenderQueueFullError)) throw error;
      const message = `trop de fichiers en cours de dessin : réessayez dans ${RETRY_AFTER_SECONDS} secondes`;
      return sendReply(res, errorReply(503, { message }, { 'Retry-After': String(RETRY_AFTER_SECONDS) }));
    }
    // No date on a card: it changes only with the dataset, that is with a deployment, which purges shared caches.
    sendReply(res, replyWith(made, 'file', { ifNoneMatch: req.headers['if-none-match'], head: req.method === 'HEAD' }));
  };
}

export default cardRoute('png');
