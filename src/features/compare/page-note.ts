import type { TFunction } from 'i18next';
import { formatCount } from '../../lib/format';
import type { Page } from './comparison';

/** For an exported figure of a paged chart: which part of the list it shows; none for one page. */
export function pageNote(t: TFunction, page: Page<unknown>): string | undefined {
  if (page.pageCount <= 1) return undefined;
  return t('compare.pageNote', {
    first: formatCount(page.first),
    last: formatCount(page.last),
    total: formatCount(page.total),
    page: formatCount(page.page),
    pages: formatCount(page.pageCount),
  });
}
