/**
 * Someone saved first and changed fields this device changed too: for each such field, both
 * versions, and the member chooses. Nothing is preselected, so no one's saved text is dropped
 * without a decision; fields changed on one side only were merged already and are not asked
 * about. Laid out as one group per field, so it reads on a phone as on a desk.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentContent } from '../../domain/assessment';
import { fieldValue, type AssessmentFieldKey } from '../../domain/assessment-fields';
import type { ConflictChoice } from '../../domain/assessment-merge';
import { formatDateTime } from '../../lib/format';
import { fieldLabel, formatFieldValue } from './field-labels';
import { fieldId } from './field-ids';

interface ConflictViewProps {
  mine: AssessmentContent;
  theirs: Assessment;
  /** The fields both sides changed, in form order. */
  conflicts: readonly AssessmentFieldKey[];
  /** Who is editing: a newer version of their own was saved in another tab or device. */
  currentUserId: string;
  onResolve: (choices: Partial<Record<AssessmentFieldKey, ConflictChoice>>) => void;
}

const choiceOptions: readonly ConflictChoice[] = ['mine', 'theirs'];

export function ConflictView({
  mine,
  theirs,
  conflicts,
  currentUserId,
  onResolve,
}: ConflictViewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Partial<Record<AssessmentFieldKey, ConflictChoice>>>({});
  const [saveAttempted, setSaveAttempted] = useState(false);
  // The editor is signed in, so the stored copy names who saved it (null only for visitors).
  const ownVersion = theirs.updatedBy?.id === currentUserId;
  const theirName = theirs.updatedBy?.name ?? '';
  const who = ownVersion ? 'self' : 'other';
  const unchosen = conflicts.filter((field) => choices[field] === undefined);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const chooseAll = (choice: ConflictChoice) => {
    setChoices(Object.fromEntries(conflicts.map((field) => [field, choice])));
  };

  const save = () => {
    setSaveAttempted(true);
    const first = unchosen[0];
    if (first !== undefined) {
      document.getElementById(`conflict-${fieldId(first)}-mine`)?.focus();
      return;
    }
    onResolve(choices);
  };

  return (
    <section className="conflict-view" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        {t(`editor.conflict.title.${who}`)}
      </h2>
      <p>
        {t(`editor.conflict.intro.${who}`, {
          name: theirName,
          time: formatDateTime(theirs.updatedAt),
          version: theirs.version,
          count: conflicts.length,
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
          {t(`editor.conflict.allTheirs.${who}`)}
        </button>
      </div>
      <ul className="conflict-fields">
        {conflicts.map((field) => {
          const label = fieldLabel(t, field);
          const name = `conflict-${fieldId(field)}`;
          const missing = saveAttempted && choices[field] === undefined;
          return (
            <li key={field}>
              <fieldset className="conflict-field">
                <legend>{label}</legend>
                {missing && (
                  <p id={`${name}-error`} className="field-error">
                    {t('editor.conflict.chooseField', { field: label })}
                  </p>
                )}
                {choiceOptions.map((choice) => (
                  <div key={choice} className="conflict-option">
                    <input
                      type="radio"
                      id={`${name}-${choice}`}
                      name={name}
                      // The text itself describes the choice, so its name stays short; the
                      // error is read out on the radio itself, where focus goes (ARIA has no
                      // aria-invalid for a radio).
                      aria-describedby={
                        missing
                          ? `${name}-error ${name}-${choice}-value`
                          : `${name}-${choice}-value`
                      }
                      checked={choices[field] === choice}
                      onChange={() => {
                        setChoices((current) => ({ ...current, [field]: choice }));
                      }}
                    />
                    <label htmlFor={`${name}-${choice}`}>
                      <span className="conflict-option__source">
                        {choice === 'mine'
                          ? t('editor.conflict.choice.mine')
                          : t(`editor.conflict.choice.theirs.${who}`, {
                              name: theirName,
                              version: theirs.version,
                            })}
                      </span>
                      <span id={`${name}-${choice}-value`} className="conflict-option__value">
                        {formatFieldValue(
                          t,
                          field,
                          fieldValue(choice === 'mine' ? mine : theirs, field),
                        )}
                      </span>
                    </label>
                  </div>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ul>
      {saveAttempted && unchosen.length > 0 && (
        <p className="field-error" role="alert">
          {t('editor.conflict.chooseAll', { count: unchosen.length })}
        </p>
      )}
      <button type="button" className="button" onClick={save}>
        {t('editor.conflict.save')}
      </button>
    </section>
  );
}
