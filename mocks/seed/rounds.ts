import type { Round } from '../../src/domain/round';

/** The open round's deadline: the last day of January after its year. */
export const OPEN_ROUND_DEADLINE = '2027-01-31';

/**
 * Closed rounds named after the Integrating Cities reports (no deadline recorded), and the
 * open 2026 round, due at the end of the following January.
 */
export const seedRounds: readonly Round[] = [2013, 2015, 2018, 2020, 2022, 2026].map((year) =>
  year === 2026
    ? { id: String(year), year, status: 'open', deadline: OPEN_ROUND_DEADLINE }
    : { id: String(year), year, status: 'closed', deadline: null },
);
