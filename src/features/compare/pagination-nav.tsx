/** Paging through a long list of cities: previous, next, or straight to a page. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import type { Page } from './comparison';

export function PaginationNav({
  page,
  onChange,
}: {
  page: Page<unknown>;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  if (page.pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('compare.pagination.label')}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page.page <= 1}
        onClick={() => {
          onChange(page.page - 1);
        }}
      >
        {t('compare.pagination.previous')}
      </button>
      <div className="field field--inline">
        <label htmlFor={selectId}>{t('compare.pagination.pageLabel')}</label>
        <select
          id={selectId}
          value={page.page}
          onChange={(event) => {
            onChange(Number(event.target.value));
          }}
        >
          {Array.from({ length: page.pageCount }, (_, index) => (
            <option key={index} value={index + 1}>
              {t('compare.pagination.pageOption', {
                page: formatCount(index + 1),
                pages: formatCount(page.pageCount),
              })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--secondary"
        disabled={page.page >= page.pageCount}
        onClick={() => {
          onChange(page.page + 1);
        }}
      >
        {t('compare.pagination.next')}
      </button>
      <p className="pagination__status" role="status">
        {t('compare.pagination.status', {
          from: formatCount(page.first),
          to: formatCount(page.last),
          total: formatCount(page.total),
        })}
      </p>
    </nav>
  );
}
