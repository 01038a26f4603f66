/**
 * A city's names in its own languages (where they differ from the name the page calls it by),
 * its country and signing date as a list of facts; `children` adds more facts.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SigningPeriodText } from '../../components/signing-period-text';
import type { City } from '../../domain/city';
import { otherLocalCityNames } from '../../domain/city-names';
import { formatCountry, formatLanguage } from '../../lib/format';

export function CityFacts({ city, children }: { city: City; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const localNames = otherLocalCityNames(city, i18n.language);
  return (
    <dl className="facts">
      {localNames.length > 0 && (
        <div>
          <dt>{t('cities.localName', { count: localNames.length })}</dt>
          {localNames.map(({ language, name }) => (
            <dd key={language}>
              <span lang={language}>{name}</span>{' '}
              {t('cities.localNameLanguage', { language: formatLanguage(language) })}
            </dd>
          ))}
        </div>
      )}
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
