import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { LanguageSwitch } from '../language-switch';
import { PageBoundary } from '../page-boundary';

/** The frame of the pages for people not signed in yet: sign-in and the e-mailed links' pages. */
export function SignedOutShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app app--signed-out">
      <header className="app-header">
        <Link to={paths.signIn} className="app-header__product">
          {t('app.name')}
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="page page--narrow">
        <PageBoundary>{children}</PageBoundary>
      </main>
    </div>
  );
}
