/** The administration index: a link to each administration page, with what it is for. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { adminSections } from './admin-sections';

export function AdminIndexPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('admin.title')} />
      <p className="lead">{t('admin.intro')}</p>
      <ul className="admin-sections" aria-label={t('admin.sectionsLabel')}>
        {adminSections.map((section) => (
          <li key={section.id}>
            <Link to={section.path}>{section.title(t)}</Link>
            <p>{section.description(t)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
