import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SignInPage } from '../../features/session/sign-in-page';
import { paths } from '../../lib/paths';
import { LanguageSwitch } from '../language-switch';
import { PageBoundary } from '../page-boundary';

export function SignInRoute() {
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
        <PageBoundary>
          <SignInPage />
        </PageBoundary>
      </main>
    </div>
  );
}
