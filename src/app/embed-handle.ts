/** A route's `handle` under /embed: the page (as figures name it) whose chart it shows. */
export interface EmbedHandle {
  embeddedPage: string;
}

export function embedHandle(embeddedPage: string): EmbedHandle {
  return { embeddedPage };
}

export function isEmbedHandle(handle: unknown): handle is EmbedHandle {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    'embeddedPage' in handle &&
    typeof handle.embeddedPage === 'string'
  );
}
