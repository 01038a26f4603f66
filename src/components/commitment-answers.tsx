/** A city's answers for one round, role by role: rating, reason, evidence and its links. */
import { useTranslation } from 'react-i18next';
import { RatingLabel } from './rating-label';
import { evidenceLinkSchema, type Ratings } from '../domain/assessment';
import { commitmentsOfRole, roleIds } from '../domain/charter';
import { commitmentPoints, roleScore } from '../domain/scoring';
import { formatScore } from '../lib/format';

export function CommitmentAnswers({ ratings }: { ratings: Ratings }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">{t('cityProfile.commitmentsTitle')}</h2>
      {roleIds.map((role) => {
        const score = roleScore(ratings, role);
        return (
          <section key={role} className="role-section" aria-labelledby={`role-${role}`}>
            <h3 id={`role-${role}`}>
              {t(`roles.${role}.name`)}{' '}
              <span className="role-section__score">
                {score === null
                  ? t('scores.noScore')
                  : t('scores.scoreOutOf100', { score: formatScore(score) })}
              </span>
            </h3>
            <ul className="commitment-list">
              {commitmentsOfRole(role).map(({ id }) => {
                const answer = ratings[id];
                return (
                  <li key={id} className="commitment">
                    <h4>
                      <span className="commitment__id">{id}</span> {t(`commitments.${id}.title`)}
                    </h4>
                    {answer ? (
                      <>
                        <p>
                          {answer.rating === null ? (
                            <span className="muted">{t('cityProfile.notRated')}</span>
                          ) : (
                            <>
                              <RatingLabel rating={answer.rating} />
                              {commitmentPoints(answer) !== null && (
                                <span className="muted">
                                  {' '}
                                  {t('cityProfile.points', {
                                    points: formatScore(commitmentPoints(answer) ?? 0),
                                  })}
                                </span>
                              )}
                            </>
                          )}
                        </p>
                        {answer.reason && (
                          <p className="commitment__reason">
                            <strong>{t('cityProfile.reason')}</strong> {answer.reason}
                          </p>
                        )}
                        {answer.evidence && (
                          <p className="commitment__evidence">{answer.evidence}</p>
                        )}
                        {answer.links.length > 0 && (
                          <ul
                            className="commitment__links"
                            aria-label={t('cityProfile.evidenceLinks')}
                          >
                            {answer.links
                              .filter((link) => evidenceLinkSchema.safeParse(link).success)
                              .map((link) => (
                                <li key={link}>
                                  <a href={link} rel="noreferrer noopener" target="_blank">
                                    {link}
                                    <span className="visually-hidden">
                                      {' '}
                                      {t('app.opensInNewTab')}
                                    </span>
                                  </a>
                                </li>
                              ))}
                          </ul>
                        )}
                      </>
                    ) : (
                      <p className="muted">{t('cityProfile.notAnswered')}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
