/**
 * The main navigation, following the signed-in user's role: members get their city's assessment
 * for the open round (or the card where they start it), coordinators the review queue, report
 * authors and visitors the pages everyone reads.
 */
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { findMemberAssessment } from '../domain/member-assessment';
import { canAdminister, canReviewAssessments } from '../domain/permissions';
import type { User } from '../domain/user';
import { useAssessments, useRounds, useViewer } from '../data/query-hooks';
import { paths } from '../lib/paths';

interface NavItemProps {
  to: string;
  label: string;
  end?: boolean;
  onNavigate: () => void;
}

function NavItem({ to, label, end = false, onNavigate }: NavItemProps) {
  return (
    <li>
      <NavLink to={to} end={end} onClick={onNavigate}>
        {label}
      </NavLink>
    </li>
  );
}

/** `onNavigate`: a link was chosen (the collapsed menu closes). */
export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        <NavItem to={paths.overview} label={t('nav.overview')} end onNavigate={onNavigate} />
        {/* The pages everyone reads show at once; the role's own link when the session is known. */}
        {/* A session that fails to load is handled by the header (sign in again): no link here. */}
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <RoleNavItem onNavigate={onNavigate} />
          </Suspense>
        </ErrorBoundary>
        <NavItem to={paths.cities} label={t('nav.cities')} onNavigate={onNavigate} />
        <NavItem to={paths.compare} label={t('nav.compare')} onNavigate={onNavigate} />
        <NavItem to={paths.trends} label={t('nav.trends')} onNavigate={onNavigate} />
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <AdminNavItem onNavigate={onNavigate} />
            <SettingsNavItem onNavigate={onNavigate} />
          </Suspense>
        </ErrorBoundary>
      </ul>
    </nav>
  );
}

/** Administration: coordinators only. */
function AdminNavItem({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  if (!canAdminister(useViewer())) return null;
  return <NavItem to={paths.admin} label={t('admin.nav')} onNavigate={onNavigate} />;
}

/** Settings are a signed-in person's own: a visitor has none. */
function SettingsNavItem({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  if (useViewer() === null) return null;
  return <NavItem to={paths.settings} label={t('nav.settings')} onNavigate={onNavigate} />;
}

function RoleNavItem({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useViewer();
  if (user === null) return null;
  if (canReviewAssessments(user)) {
    return <NavItem to={paths.review} label={t('nav.review')} onNavigate={onNavigate} />;
  }
  if (user.role !== 'member' || user.cityId === null) return null;
  // Until the city's assessments are known, or if they fail to load, the member's city page
  // is the way in: its card continues or starts the assessment.
  const cityItem = (
    <NavItem to={paths.city(user.cityId)} label={t('nav.myAssessment')} onNavigate={onNavigate} />
  );
  return (
    <ErrorBoundary fallback={cityItem}>
      <Suspense fallback={cityItem}>
        <MyAssessmentNavItem user={user} cityId={user.cityId} onNavigate={onNavigate} />
      </Suspense>
    </ErrorBoundary>
  );
}

function MyAssessmentNavItem({
  user,
  cityId,
  onNavigate,
}: {
  user: User;
  cityId: string;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const mine = findMemberAssessment(user, useRounds(), useAssessments({ cityId }));
  // With no round open, the city's page shows its past assessments.
  const to = mine?.assessment ? paths.assessment(mine.assessment.id) : paths.city(cityId);
  return <NavItem to={to} label={t('nav.myAssessment')} onNavigate={onNavigate} />;
}
