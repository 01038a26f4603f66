/**
 * The administration pages the index lists, in order. Each area of administration adds its
 * own entry here (and its route under /admin in src/app/router.tsx).
 */
import type { TFunction } from 'i18next';
import { paths } from '../../lib/paths';

export interface AdminSection {
  id: string;
  path: string;
  /**
   * The link's text, which is the page's own heading (and so its tab title), and a one-line
   * description, in the reader's language.
   */
  title: (t: TFunction) => string;
  description: (t: TFunction) => string;
}

export const adminSections: readonly AdminSection[] = [
  {
    id: 'rounds',
    path: paths.adminRounds,
    title: (t) => t('adminRounds.title'),
    description: (t) => t('admin.sections.rounds.description'),
  },
  {
    id: 'cities',
    path: paths.adminCities,
    title: (t) => t('adminCities.title'),
    description: (t) => t('admin.sections.cities.description'),
  },
  {
    id: 'users',
    path: paths.adminUsers,
    title: (t) => t('adminUsers.title'),
    description: (t) => t('admin.sections.users.description'),
  },
  {
    id: 'import',
    path: paths.adminImport,
    title: (t) => t('importRounds.title'),
    description: (t) => t('importRounds.section'),
  },
  {
    id: 'audit',
    path: paths.adminAudit,
    title: (t) => t('audit.title'),
    description: (t) => t('admin.sections.audit.description'),
  },
  {
    id: 'backup',
    path: paths.adminBackup,
    title: (t) => t('backup.title'),
    description: (t) => t('backup.sectionDescription'),
  },
];
