/** `?round=…` for a page that shows one round; nothing leaves the page to its default round. */
function roundQuery(roundId: string | undefined): string {
  return roundId ? `?${new URLSearchParams({ round: roundId }).toString()}` : '';
}

/** Every link in the app comes from here. */
export const paths = {
  overview: '/',
  cities: '/cities',
  city: (cityId: string, roundId?: string) =>
    `/cities/${encodeURIComponent(cityId)}${roundQuery(roundId)}`,
  /** The city's assessment for a round as a document to print or save as PDF. */
  cityReport: (cityId: string, roundId?: string) =>
    `/cities/${encodeURIComponent(cityId)}/report${roundQuery(roundId)}`,
  compare: '/compare',
  assessment: (assessmentId: string) => `/assessments/${encodeURIComponent(assessmentId)}`,
  trends: '/trends',
  review: '/review',
  settings: '/settings',
  /** Administration, for coordinators: an index, then one page per area. */
  admin: '/admin',
  adminRounds: '/admin/rounds',
  adminCities: '/admin/cities',
  adminAudit: '/admin/audit',
  signIn: '/sign-in',
  /** Sign in, then come back to `location` (its path and query). */
  signInFrom: (location: { pathname: string; search: string }) =>
    `/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`,
} as const;
