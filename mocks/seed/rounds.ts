import type { Round } from '../../src/domain/round';

/** Closed rounds named after the Integrating Cities reports, and the open 2026 round. */
export const seedRounds: readonly Round[] = [2013, 2015, 2018, 2020, 2022, 2026].map((year) => ({
  id: String(year),
  year,
  status: year === 2026 ? 'open' : 'closed',
}));
