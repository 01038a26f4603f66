/**
 * How many commitments are answered (the one measure the home card, the city profile and the
 * review queue show too), per role, and the key trends apart; and a way to reach the next open
 * item.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isCommitmentAnswered, type AssessmentContent } from '../../domain/assessment';
import type { AssessmentFieldKey } from '../../domain/assessment-fields';
import { commitmentsOfRole, keyTrendIds, roleIds } from '../../domain/charter';
import { completeness } from '../../domain/scoring';
import { formatCount } from '../../lib/format';
import { focusField } from './field-ids';

/** Every item that counts as answered or not, in the order of the form. */
function itemsOf(content: AssessmentContent): { field: AssessmentFieldKey; answered: boolean }[] {
  return [
    ...roleIds.flatMap((role) =>
      commitmentsOfRole(role).map(({ id }) => {
        const answered = isCommitmentAnswered(content.ratings[id]);
        const rated = (content.ratings[id]?.rating ?? null) !== null;
        // A rated item that is still open lacks its reason: go there, not to the rating.
        const field = rated && !answered ? `ratings.${id}.reason` : `ratings.${id}.rating`;
        return { field: field as AssessmentFieldKey, answered };
      }),
    ),
    ...keyTrendIds.map((id) => ({
      field: `trends.${id}.status` as const,
      answered: (content.trends[id]?.status ?? null) !== null,
    })),
  ];
}

export function EditorProgress({ content }: { content: AssessmentContent }) {
  const { t } = useTranslation();
  const lastJump = useRef(-1);
  const items = itemsOf(content);
  const { answered, total } = completeness(content);
  const trendsAnswered = keyTrendIds.filter(
    (id) => (content.trends[id]?.status ?? null) !== null,
  ).length;

  function jumpToNextUnanswered() {
    const open = items.map((item, index) => ({ ...item, index })).filter((item) => !item.answered);
    const next = open.find((item) => item.index > lastJump.current) ?? open[0];
    if (!next) return;
    lastJump.current = next.index;
    focusField(next.field);
  }

  return (
    <section className="editor-progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('editor.progress.title')}</h2>
      <p>
        <label htmlFor="overall-progress">
          {t('editor.progress.overall', {
            answered: formatCount(answered),
            total: formatCount(total),
          })}
        </label>{' '}
        <progress id="overall-progress" value={answered} max={total} />
      </p>
      <ul className="editor-progress__parts">
        {roleIds.map((role) => {
          const roleCommitments = commitmentsOfRole(role);
          const roleAnswered = roleCommitments.filter(({ id }) =>
            isCommitmentAnswered(content.ratings[id]),
          ).length;
          return (
            <li key={role}>
              {t('editor.progress.part', {
                part: t(`roles.${role}.name`),
                answered: formatCount(roleAnswered),
                total: formatCount(roleCommitments.length),
              })}
            </li>
          );
        })}
        <li>
          {t('editor.progress.part', {
            part: t('editor.trendsTitle'),
            answered: formatCount(trendsAnswered),
            total: formatCount(keyTrendIds.length),
          })}
        </li>
      </ul>
      {items.some((item) => !item.answered) ? (
        <button type="button" className="button button--secondary" onClick={jumpToNextUnanswered}>
          {t('editor.progress.next')}
        </button>
      ) : (
        <p>{t('editor.progress.complete')}</p>
      )}
    </section>
  );
}
