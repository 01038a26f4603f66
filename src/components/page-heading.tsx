import { useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYear } from '../lib/format';
import { EmbedContext } from './embed-context';

interface PageHeadingProps {
  title: string;
  /**
   * The year of the round the page shows, when it shows one: the tab, a bookmark and a shared
   * link then say which round (e.g. "Ghent · 2022 round · Charter Monitor").
   */
  roundYear?: number | undefined;
  children?: ReactNode;
}

/** The page's h1, which also names the browser tab so each route has a distinct title. */
export function PageHeading({ title, roundYear, children }: PageHeadingProps) {
  const { t } = useTranslation();
  // In an embed the page is hidden: its chart names the tab (chart-frame.tsx).
  const embedded = useContext(EmbedContext) !== null;
  useEffect(() => {
    if (embedded) return;
    document.title =
      roundYear === undefined
        ? t('app.documentTitle', { page: title })
        : t('app.documentTitleInRound', { page: title, year: formatYear(roundYear) });
  }, [embedded, t, title, roundYear]);
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
