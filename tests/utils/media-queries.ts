/**
 * jsdom has no matchMedia. The stub answers every query with one value: no query matches (the
 * wide layout) unless a test calls `matchEveryMediaQuery` to see the narrow one.
 */
let matching = false;

function mediaQueryList(media: string): MediaQueryList {
  return Object.assign(new EventTarget(), {
    media,
    matches: matching,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
  });
}

export function installMatchMediaStub() {
  matching = false;
  window.matchMedia = mediaQueryList;
}

/** Makes `(max-width: …)` queries match, as on a narrow screen, until the test ends. */
export function matchEveryMediaQuery() {
  matching = true;
}
