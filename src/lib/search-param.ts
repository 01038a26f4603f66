/**
 * Taking one parameter off an address while every other stays exactly as written: the pages'
 * own address state ("cities=ghent,oslo") must not come back re-encoded ("ghent%2Coslo"), as
 * URLSearchParams would write it, in the address bar or in a "View in Charter Monitor" link.
 */

function parameterName(part: string): string {
  const name = part.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** `name`'s first value in `url` (null: absent), and `url` without any `name` parameter. */
export function takeSearchParam(url: URL, name: string): { value: string | null; rest: URL } {
  const rest = new URL(url);
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && parameterName(part) !== name);
  rest.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return { value: url.searchParams.get(name), rest };
}
