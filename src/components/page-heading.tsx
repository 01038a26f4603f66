import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYear } from '../lib/format';

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
  useEffect(() => {
    document.title =
      roundYear === undefined
        ? t('app.documentTitle', { page: title })
        : t('app.documentTitleInRound', { page: title, year: formatYear(roundYear) });
  }, [t, title, roundYear]);
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
