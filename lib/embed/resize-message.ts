// The messages between an embed and the page that frames it: the embed says its height, the host
// page's script may ask it to say it again. Nothing else crosses the frame, either way.

/** Embed → host page: `{ type: 'grappes:hauteur', id, height }`, the embed's content height in CSS pixels. */
export const HEIGHT_MESSAGE = 'grappes:hauteur';
/** Host page → embed: "say your height again" (the host's script may start after the embed last said it). */
export const HEIGHT_REQUEST = 'grappes:hauteur-demandee';

/** No chart is taller; a larger figure is a page misbehaving, and is not applied. */
export const MAX_EMBED_HEIGHT = 20_000;

/** `id`: the embed's own address (`/integrer/membres?secteur=plasturgie`), for whoever reads the messages. */
export type HeightMessage = { type: typeof HEIGHT_MESSAGE; id: string; height: number };

export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height: Math.ceil(height) };
}

/** The height a message carries, or null when it is not a well-formed height message. */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null;
  return height > 0 && height <= MAX_EMBED_HEIGHT ? Math.ceil(height) : null;
}

/** Whether a message is the host's request for the height (its content is read for nothing else). */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST;
}
