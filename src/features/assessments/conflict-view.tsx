/**
 * Someone saved first: both versions side by side, field by field. The member keeps theirs,
 * takes the saved one, or picks per field; nothing is saved until they choose, and their
 * text stays in the editor (and on this device) meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentContent } from '../../domain/assessment';
import {
  changedFields,
  fieldValue,
  mergeContent,
  type AssessmentFieldKey,
} from '../../domain/assessment-fields';
import { formatDateTime } from '../../lib/format';
import { fieldLabel, formatFieldValue } from './field-labels';
import { fieldId } from './field-ids';

type Choice = 'mine' | 'theirs';

interface ConflictViewProps {
  mine: AssessmentContent;
  theirs: Assessment;
  onResolve: (merged: AssessmentContent) => void;
}

export function ConflictView({ mine, theirs, onResolve }: ConflictViewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Partial<Record<AssessmentFieldKey, Choice>>>({});
  const differing = changedFields(mine, theirs);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const choiceOf = (field: AssessmentFieldKey): Choice => choices[field] ?? 'mine';
  const chooseAll = (choice: Choice) => {
    setChoices(Object.fromEntries(differing.map((field) => [field, choice])));
  };

  return (
    <section className="conflict-view" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        {t('editor.conflict.title')}
      </h2>
      <p>
        {t('editor.conflict.intro', {
          name: theirs.updatedBy.name,
          time: formatDateTime(theirs.updatedAt),
          version: theirs.version,
        })}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            chooseAll('mine');
          }}
        >
          {t('editor.conflict.allMine')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            chooseAll('theirs');
          }}
        >
          {t('editor.conflict.allTheirs')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table conflict-table">
          <caption>{t('editor.conflict.caption', { count: differing.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.conflict.field')}</th>
              <th scope="col">{t('editor.conflict.mine')}</th>
              <th scope="col">{t('editor.conflict.theirs', { name: theirs.updatedBy.name })}</th>
              <th scope="col">{t('editor.conflict.keep')}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((field) => {
              const label = fieldLabel(t, field);
              const name = `conflict-${fieldId(field)}`;
              return (
                <tr key={field}>
                  <th scope="row">{label}</th>
                  <td className="conflict-table__value">
                    {formatFieldValue(t, field, fieldValue(mine, field))}
                  </td>
                  <td className="conflict-table__value">
                    {formatFieldValue(t, field, fieldValue(theirs, field))}
                  </td>
                  <td>
                    <fieldset className="conflict-choice">
                      <legend className="visually-hidden">
                        {t('editor.conflict.keepLegend', { field: label })}
                      </legend>
                      {(['mine', 'theirs'] as const).map((choice) => (
                        <div key={choice} className="choice">
                          <input
                            type="radio"
                            id={`${name}-${choice}`}
                            name={name}
                            checked={choiceOf(field) === choice}
                            onChange={() => {
                              setChoices((current) => ({ ...current, [field]: choice }));
                            }}
                          />
                          <label htmlFor={`${name}-${choice}`}>
                            {t(`editor.conflict.choice.${choice}`)}
                          </label>
                        </div>
                      ))}
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          onResolve(
            mergeContent(
              mine,
              theirs,
              differing.filter((field) => choiceOf(field) === 'theirs'),
            ),
          );
        }}
      >
        {t('editor.conflict.save')}
      </button>
    </section>
  );
}
