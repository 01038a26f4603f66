import { useTranslation } from 'react-i18next';
import type { SigningPeriod } from '../domain/city';
import { formatYear } from '../lib/format';

/** "2010", or "between 2013 and 2015" when the exact year is not known. */
export function SigningPeriodText({ period }: { period: SigningPeriod | null }) {
  const { t } = useTranslation();
  if (period === null) return <>{t('cities.signedUnknown')}</>;
  if (period.earliestYear === period.latestYear) return <>{formatYear(period.earliestYear)}</>;
  return (
    <>
      {t('cities.signedBetween', {
        from: formatYear(period.earliestYear),
        to: formatYear(period.latestYear),
      })}
    </>
  );
}
