/** For each key trend, the cities where it is established in the round, best overall first. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KeyTrend } from '../../domain/charter';
import type { TrendLeader } from '../../domain/city-standing';
import { formatCount, formatScore } from '../../lib/format';
import { paths } from '../../lib/paths';

const SHOWN = 5;

export function TrendLeaders({
  year,
  trends,
  leadersOf,
  cityName,
}: {
  year: string;
  trends: readonly KeyTrend[];
  leadersOf: (trend: KeyTrend) => readonly TrendLeader[];
  cityName: (cityId: string) => string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="trend-leaders">
      <h2 id={titleId}>{t('trends.leaders.title', { year })}</h2>
      <p>{t('trends.leaders.intro')}</p>
      <div className="trend-leaders__grid">
        {trends.map((trend) => {
          const leaders = leadersOf(trend);
          return (
            <section key={trend.id} aria-labelledby={`${titleId}-${trend.id}`}>
              <h3 id={`${titleId}-${trend.id}`}>
                {t('trends.numberedTrend', {
                  number: formatCount(trend.number),
                  title: t(`keyTrends.${trend.id}.title`),
                })}
              </h3>
              {leaders.length === 0 ? (
                <p>{t('trends.leaders.none')}</p>
              ) : (
                <>
                  <ol>
                    {leaders.slice(0, SHOWN).map((leader) => (
                      <li key={leader.cityId}>
                        <Link to={paths.city(leader.cityId)}>{cityName(leader.cityId)}</Link>{' '}
                        {leader.overall === null
                          ? t('trends.leaders.noScore')
                          : t('trends.leaders.score', { score: formatScore(leader.overall) })}
                      </li>
                    ))}
                  </ol>
                  {leaders.length > SHOWN && (
                    <p className="muted">
                      {t('trends.leaders.more', {
                        count: leaders.length - SHOWN,
                        number: formatCount(leaders.length - SHOWN),
                      })}
                    </p>
                  )}
                </>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
