import { useState, type SyntheticEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useSelectDemoDataSet } from '../../data/demo-data-set-mutations';
import { useDemoDataSet } from '../../data/query-hooks';
import { demoDataSetIds, type DemoDataSetId } from '../../domain/demo-data-set';
import { formatCount } from '../../lib/format';

/**
 * Which demo data set the mock API serves. Choosing is a separate step from switching (a
 * button), since switching replaces every page's data. `readOnly`: only says which set is
 * shown and how a link opens the other (for people who may not switch it for everyone).
 */
export function DemoDataSetChoice({ readOnly = false }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const info = useDemoDataSet();
  const select = useSelectDemoDataSet();
  const [choice, setChoice] = useState<DemoDataSetId>(info.dataSet);

  // Not `disabled`: the button keeps focus while the switch runs and once it is done (a
  // disabled button drops keyboard focus to the page's start), it just does nothing then.
  const unavailable = choice === info.dataSet || select.isPending;

  function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (unavailable) return;
    select.mutate(choice);
  }

  return (
    <section aria-labelledby="data-set-heading">
      <h2 id="data-set-heading">{t('settings.dataSet.title')}</h2>
      <p>
        {t('settings.dataSet.current', {
          name: t(`settings.dataSet.names.${info.dataSet}`),
          cities: formatCount(info.cityCount),
          rounds: formatCount(info.roundCount),
          assessments: formatCount(info.assessmentCount),
        })}
      </p>
      {!readOnly && (
        <form onSubmit={handleSubmit}>
          <fieldset>
            <legend>{t('settings.dataSet.legend')}</legend>
            <ul className="choice-list">
              {demoDataSetIds.map((dataSet) => (
                <li key={dataSet}>
                  <label>
                    <input
                      type="radio"
                      name="data-set"
                      value={dataSet}
                      checked={choice === dataSet}
                      onChange={() => {
                        setChoice(dataSet);
                      }}
                    />
                    <span className="choice-list__name">
                      {t(`settings.dataSet.names.${dataSet}`)}
                    </span>
                    <span className="choice-list__detail">
                      {t(`settings.dataSet.details.${dataSet}`)}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="button" aria-disabled={unavailable}>
            {t('settings.dataSet.switch')}
          </button>
        </form>
      )}
      <p className="muted">
        <Trans i18nKey="settings.dataSet.linkHint" components={{ code: <code /> }} />
      </p>
      <p role="status" className="status-message">
        {select.isSuccess &&
          t('settings.dataSet.switched', { name: t(`settings.dataSet.names.${info.dataSet}`) })}
      </p>
      {select.isError && (
        <p role="alert" className="form-error">
          {t('settings.dataSet.failed')}
        </p>
      )}
    </section>
  );
}
