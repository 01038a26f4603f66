/**
 * For each key trend, the cities where it is established in the round, best overall first: the
 * first few as the API ranks them, and how many more there are.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KeyTrend } from '../../domain/charter';
import { useTrendLeaders } from '../../data/query-hooks';
import { formatCount, formatScore } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useCityName } from '../../lib/use-city-name';

export function TrendLeaders({
  roundId,
  year,
  trends,
}: {
  roundId: string;
  year: string;
  trends: readonly KeyTrend[];
}) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const titleId = useId();
  const leadersByTrend = new Map(useTrendLeaders(roundId).map((entry) => [entry.trendId, entry]));
  return (
    <section aria-labelledby={titleId} className="trend-leaders">
      <h2 id={titleId}>{t('trends.leaders.title', { year })}</h2>
      <p>{t('trends.leaders.intro')}</p>
      <div className="trend-leaders__grid">
        {trends.map((trend) => {
          const { leaders = [], cityCount = 0 } = leadersByTrend.get(trend.id) ?? {};
          const more = cityCount - leaders.length;
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
                    {leaders.map((leader) => (
                      <li key={leader.cityId}>
                        <Link to={paths.city(leader.cityId)}>
                          {cityName({ name: leader.cityName, names: leader.cityNames })}
                        </Link>{' '}
                        {leader.overall === null
                          ? t('trends.leaders.noScore')
                          : t('trends.leaders.score', { score: formatScore(leader.overall) })}
                      </li>
                    ))}
                  </ol>
                  {more > 0 && (
                    <p className="muted">
                      {t('trends.leaders.more', { count: more, number: formatCount(more) })}
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
