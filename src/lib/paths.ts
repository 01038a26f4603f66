/** Every link in the app comes from here. */
export const paths = {
  overview: '/',
  cities: '/cities',
  city: (cityId: string) => `/cities/${encodeURIComponent(cityId)}`,
  compare: '/compare',
  assessment: (assessmentId: string) => `/assessments/${encodeURIComponent(assessmentId)}`,
  trends: '/trends',
  review: '/review',
  settings: '/settings',
  signIn: '/sign-in',
} as const;
