/** A city's country and signing date as a list of facts; `children` adds more facts. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SigningPeriodText } from '../../components/signing-period-text';
import type { City } from '../../domain/city';
import { formatCountry } from '../../lib/format';

export function CityFacts({ city, children }: { city: City; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('cities.columns.country')}</dt>
        <dd>{formatCountry(city.countryCode)}</dd>
      </div>
      <div>
        <dt>{t('cities.columns.signed')}</dt>
        <dd>
          <SigningPeriodText period={city.signed} />
        </dd>
      </div>
      {children}
    </dl>
  );
}
