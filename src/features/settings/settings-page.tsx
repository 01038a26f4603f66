import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { useDataSource } from '../../data/data-source-context';
import { useDemoDataSet, useSession } from '../../data/query-hooks';
import { canRunDemo } from '../../domain/permissions';
import { useResetDemoData } from '../../data/session-mutations';
import { env } from '../../lib/env';
import { DemoDataSetChoice } from './demo-data-set-choice';
import { NotificationsSection, SessionsSection } from './sessions-section';

export function SettingsPage() {
  const { t } = useTranslation();
  // A signed-in person's own page: a visitor is sent to sign in and back.
  useSession();
  const dataSource = useDataSource();
  return (
    <>
      <PageHeading title={t('settings.title')} />
      <section aria-labelledby="data-source-heading">
        <h2 id="data-source-heading">{t('settings.dataSource.title')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('settings.dataSource.kind')}</dt>
            <dd>{t(`settings.dataSource.kinds.${dataSource.description.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('settings.dataSource.baseUrl')}</dt>
            <dd>
              <code>{dataSource.description.baseUrl}</code>
            </dd>
          </div>
          <div>
            <dt>{t('settings.dataSource.mock')}</dt>
            <dd>
              {env.mockApi ? t('settings.dataSource.mockOn') : t('settings.dataSource.mockOff')}
            </dd>
          </div>
        </dl>
      </section>
      <NotificationsSection />
      <SessionsSection />
      {env.mockApi && <DemoDataControls />}
    </>
  );
}

/**
 * Switching or resetting the demo data changes it for everyone using it, so only a
 * coordinator may (the API answers 403 to anyone else); others see what is served and why.
 */
function DemoDataControls() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (canRunDemo(user)) {
    return (
      <>
        <DemoDataSetChoice />
        <DemoDataReset />
      </>
    );
  }
  return (
    <>
      <DemoDataSetChoice readOnly />
      <section aria-labelledby="demo-data-heading">
        <h2 id="demo-data-heading">{t('settings.demo.title')}</h2>
        <p>{t('settings.demo.coordinatorsOnly')}</p>
      </section>
    </>
  );
}

function DemoDataReset() {
  const { t } = useTranslation();
  const { persistence } = useDemoDataSet();
  const reset = useResetDemoData();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="demo-data-heading">
      <h2 id="demo-data-heading">{t('settings.demo.title')}</h2>
      <p>
        {persistence === 'memory'
          ? t('settings.demo.descriptionInMemory')
          : t('settings.demo.description')}
      </p>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="demo-reset-question">
          <p id="demo-reset-question">{t('settings.demo.confirmQuestion')}</p>
          <button
            type="button"
            className="button button--danger"
            disabled={reset.isPending}
            onClick={() => {
              reset.mutate(undefined, {
                onSettled: () => {
                  setConfirming(false);
                },
              });
            }}
          >
            {t('settings.demo.confirm')}
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {t('settings.demo.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            reset.reset();
            setConfirming(true);
          }}
        >
          {t('settings.demo.reset')}
        </button>
      )}
      <p role="status" className="status-message">
        {reset.isSuccess && t('settings.demo.done')}
      </p>
      {reset.isError && (
        <p role="alert" className="form-error">
          {t('settings.demo.failed')}
        </p>
      )}
    </section>
  );
}
