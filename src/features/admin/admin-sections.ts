/**
 * The administration pages the index lists, in order. Each area of administration adds its
 * own entry here (and its route under /admin in src/app/router.tsx).
 */
import type { TFunction } from 'i18next';
import { paths } from '../../lib/paths';

export interface AdminSection {
  id: string;
  path: string;
  /** The link's text and a one-line description, in the reader's language. */
  title: (t: TFunction) => string;
  description: (t: TFunction) => string;
}

export const adminSections: readonly AdminSection[] = [
  {
    id: 'rounds',
    path: paths.adminRounds,
    title: (t) => t('admin.sections.rounds.title'),
    description: (t) => t('admin.sections.rounds.description'),
  },
  {
    id: 'cities',
    path: paths.adminCities,
    title: (t) => t('admin.sections.cities.title'),
    description: (t) => t('admin.sections.cities.description'),
  },
  {
    id: 'audit',
    path: paths.adminAudit,
    title: (t) => t('admin.sections.audit.title'),
    description: (t) => t('admin.sections.audit.description'),
  },
];
