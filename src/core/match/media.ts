/**
 * Pictures and videos: a pasted tweet that carries a media link is usually about that picture
 * or video, and fact-checks of media say so in their claim ("A photograph shows …"). The
 * reranker reads whether both sides are about media.
 */

/** Words a claim uses for a picture or a video (analyzed like any text, so stems match). */
export const MEDIA_WORDS = 'photo photograph photographs image images video videos picture pictures footage meme';

const MEDIA_LINK_RE = /pic\.twitter\.com|https?:\/\/t\.co\//u;

/** Whether the raw text holds a picture/video link as pasted tweets do. */
export function hasMediaLink(text: unknown): boolean {
  return typeof text === 'string' && MEDIA_LINK_RE.test(text);
}
