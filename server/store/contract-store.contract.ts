/**
 * The ContractStore contract as one vitest suite that every store runs (the adapter-contract
 * pattern): small hand-made data whose expected answers are worked out by hand below, so a
 * store that drifts from the interface's documented behaviour fails here, whatever keeps its
 * rows. Store-agnostic: it only calls the interface.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from '../../src/domain/zod';
import { assessmentSchema, type Assessment } from '../../src/domain/assessment';
import { historyEntrySchema, type HistoryEntry } from '../../src/domain/assessment-history';
import {
  commitmentIds,
  keyTrendIds,
  type KeyTrendId,
  type TrendStatus,
} from '../../src/domain/charter';
import { citySchema, type City } from '../../src/domain/city';
import type { ReadScope } from '../../src/domain/permissions';
import { roundSchema, type Round } from '../../src/domain/round';
import {
  cityScoreSchema,
  roundAggregateSchema,
  trendLeadersSchema,
} from '../../src/domain/round-aggregate';
import { roundProgressSchema } from '../../src/domain/round-progress';
import { scoreRowOf, scoreRowSchema } from '../../src/domain/score-row';
import { userSchema, type User } from '../../src/domain/user';
import { describeAdministrationStore } from './administration-store.contract';
import type { AggregateQuery, ContractStore, StoreSeed } from './contract-store';
import { describeImportStore } from './import-store.contract';

/** A store under test, and how to release it (a database connection, say) after each test. */
export interface StoreUnderTest {
  store: ContractStore;
  close(): Promise<void>;
}

/**
 * Makes a store that holds exactly `seed`, and nothing else (no sessions, no history), with
 * cities, rounds and users added in the order of their lists. Called before every test.
 */
export type MakeStore = (seed: StoreSeed) => Promise<StoreUnderTest>;

// Cities in the order they were added, deliberately not alphabetical. Expected in a round
// (signed.latestYear < round.year): oslo from 2011 on, ghent from 2015 on, zagreb from 2020 on,
// athens (signing year unknown) never.
const cities: City[] = [
  {
    id: 'oslo',
    name: 'Oslo',
    names: {},
    localLanguages: [],
    countryCode: 'NO',
    signed: { earliestYear: 2010, latestYear: 2010 },
    coordinates: { lat: 59.914, lon: 10.752 },
    sourceNote: '',
    archived: false,
  },
  {
    id: 'ghent',
    name: 'Ghent',
    names: { nl: 'Gent', fr: 'Gand', de: 'Gent' },
    localLanguages: ['nl'],
    countryCode: 'BE',
    signed: { earliestYear: 2012, latestYear: 2014 },
    coordinates: { lat: 51.054, lon: 3.717 },
    sourceNote: '',
    archived: false,
  },
  {
    id: 'athens',
    name: 'Athens',
    names: { el: 'Αθήνα', fr: 'Athènes', de: 'Athen' },
    localLanguages: ['el'],
    countryCode: 'GR',
    signed: null,
    coordinates: { lat: 37.984, lon: 23.728 },
    sourceNote: '',
    archived: false,
  },
  {
    id: 'zagreb',
    name: 'Zagreb',
    names: { hr: 'Zagreb', hu: 'Zágráb' },
    localLanguages: ['hr', 'en'],
    countryCode: 'HR',
    signed: { earliestYear: 2019, latestYear: 2019 },
    coordinates: { lat: 45.815, lon: 15.982 },
    sourceNote: '',
    archived: false,
  },
];

// Rounds added out of year order: listed oldest first, they are r2011, r2015, r2020, r2024.
const r2020: Round = { id: 'r2020', year: 2020, status: 'closed', deadline: null };
const r2015: Round = { id: 'r2015', year: 2015, status: 'closed', deadline: null };
const r2024: Round = { id: 'r2024', year: 2024, status: 'open', deadline: '2024-12-31' };
const r2011: Round = { id: 'r2011', year: 2011, status: 'closed', deadline: null };
const rounds: Round[] = [r2020, r2015, r2024, r2011];

const users: User[] = [
  { id: 'claire', name: 'Claire Dubois', role: 'coordinator', cityId: null },
  { id: 'lotte', name: 'Lotte Peeters', role: 'member', cityId: 'ghent' },
  { id: 'sam', name: 'Sam Taylor', role: 'viewer', cityId: null },
  { id: 'zoran', name: 'Zoran Horvat', role: 'member', cityId: 'zagreb' },
];

const fullRatings: Assessment['ratings'] = {
  PM1: { rating: 'fully', reason: '', evidence: 'Strategy adopted', links: [] },
  PM2: { rating: 'fully', reason: '', evidence: '', links: [] },
  PM3: { rating: 'partly', reason: '', evidence: '', links: [] },
  SP1: { rating: 'partly', reason: '', evidence: '', links: [] },
  SP2: { rating: 'not_at_all', reason: '', evidence: '', links: [] },
  EM1: { rating: 'fully', reason: '', evidence: '', links: [] },
  EM2: { rating: 'partly', reason: '', evidence: '', links: [] },
  EM3: { rating: 'not_assessed', reason: 'No data this round', evidence: '', links: [] },
  BU1: { rating: 'partly', reason: '', evidence: '', links: [] },
  BU2: { rating: 'not_applicable', reason: 'Run by the region', evidence: '', links: [] },
  BU3: { rating: 'not_at_all', reason: '', evidence: '', links: [] },
};

const fullTrends: Assessment['trends'] = {
  structured_policies: { status: 'established', example: 'A plan with a budget' },
  mainstreaming: { status: 'emerging', example: '' },
  specific_groups: { status: 'not_observed', example: '' },
  low_threshold_access: { status: 'emerging', example: '' },
  open_communication: { status: 'established', example: '' },
  participation: { status: 'emerging', example: '' },
  inclusive_administration: { status: 'not_observed', example: '' },
  eu_global_governance: { status: 'established', example: '' },
};

const member = (user: User) => ({ id: user.id, name: user.name });
const [claire, lotte, , zoran] = users as [User, User, User, User];

function assessment(
  cityId: string,
  round: Round,
  fields: Partial<Assessment> & Pick<Assessment, 'status' | 'version'>,
): Assessment {
  const submitted = fields.status !== 'draft';
  return {
    id: `${cityId}-${round.id}`,
    cityId,
    roundId: round.id,
    ratings: fullRatings,
    trends: fullTrends,
    targetGroups: ['third_country_nationals', 'international_protection'],
    reviewComment: null,
    updatedAt: `${round.year}-03-02T09:30:00.000Z`,
    updatedBy: member(claire),
    submittedAt: submitted ? `${round.year}-03-01T16:45:12.345Z` : null,
    submittedBy: submitted ? { id: `wg-${cityId}`, name: `${cityId} working group` } : null,
    ...fields,
  };
}

/** A draft part-way through: unanswered commitments are absent, a rating and a status null. */
const osloDraft = assessment('oslo', r2024, {
  status: 'draft',
  version: 3,
  ratings: {
    PM1: {
      rating: 'fully',
      reason: '',
      evidence: 'Strategy adopted in 2023 — “quoted”, with ünïcode ✓ and a \\ backslash',
      links: ['https://example.org/plan', 'http://example.org/report?year=2023&lang=en'],
    },
    PM2: { rating: null, reason: '', evidence: 'Evidence before a rating', links: [] },
    BU2: { rating: 'not_applicable', reason: 'Run by the region', evidence: '', links: [] },
  },
  trends: {
    mainstreaming: { status: null, example: 'An example without a status yet' },
    participation: { status: 'established', example: '' },
  },
  // Not in the charter's order: the order chosen is kept.
  targetGroups: ['international_protection', 'third_country_nationals'],
  updatedAt: '2024-10-05T09:30:00.000Z',
  updatedBy: { id: 'wg-oslo', name: 'Oslo working group' },
});

/** No rating at all (so no score), but a trend already marked established. */
const athensDraft = assessment('athens', r2024, {
  status: 'draft',
  version: 1,
  ratings: {},
  trends: { participation: { status: 'established', example: '' } },
  targetGroups: [],
});

/** Ghent's answers of r2015 (approved), unlike the others', for the aggregates below. */
const ghentRatings: Assessment['ratings'] = {
  PM1: { rating: 'fully', reason: '', evidence: '', links: [] },
  PM2: { rating: 'partly', reason: '', evidence: '', links: [] },
  PM3: { rating: 'not_at_all', reason: '', evidence: '', links: [] },
  SP1: { rating: 'not_applicable', reason: 'Run by the region', evidence: '', links: [] },
  SP2: { rating: 'not_assessed', reason: 'No data', evidence: '', links: [] },
  EM1: { rating: 'fully', reason: '', evidence: '', links: [] },
  EM2: { rating: 'fully', reason: '', evidence: '', links: [] },
  // EM3 unanswered.
  BU1: { rating: 'not_at_all', reason: '', evidence: '', links: [] },
  BU2: { rating: 'partly', reason: '', evidence: '', links: [] },
  BU3: { rating: 'fully', reason: '', evidence: '', links: [] },
};

const ghentTrends: Assessment['trends'] = {
  structured_policies: { status: 'established', example: '' },
  mainstreaming: { status: 'established', example: '' },
  specific_groups: { status: 'emerging', example: '' },
};

/** Zagreb's answers of r2020 (submitted): no employer score, buyer unanswered. */
const zagrebRatings: Assessment['ratings'] = {
  PM1: { rating: 'fully', reason: '', evidence: '', links: [] },
  PM2: { rating: 'fully', reason: '', evidence: '', links: [] },
  PM3: { rating: 'fully', reason: '', evidence: '', links: [] },
  SP1: { rating: 'partly', reason: '', evidence: '', links: [] },
  SP2: { rating: 'partly', reason: '', evidence: '', links: [] },
  EM1: { rating: 'not_applicable', reason: 'No staff', evidence: '', links: [] },
  EM2: { rating: 'not_applicable', reason: 'No staff', evidence: '', links: [] },
  EM3: { rating: 'not_applicable', reason: 'No staff', evidence: '', links: [] },
};

const ghentReturned = assessment('ghent', r2020, {
  status: 'returned',
  version: 5,
  reviewComment: 'Please add evidence for EM2.',
});

// Added out of list order: listed by round year, then city as added, they are
// oslo-r2015, ghent-r2015, oslo-r2020, ghent-r2020, zagreb-r2020, oslo-r2024, athens-r2024,
// zagreb-r2024.
const assessments: Assessment[] = [
  assessment('zagreb', r2024, { status: 'submitted', version: 2 }),
  assessment('oslo', r2020, { status: 'approved', version: 3 }),
  athensDraft,
  assessment('ghent', r2015, {
    status: 'approved',
    version: 4,
    ratings: ghentRatings,
    trends: ghentTrends,
  }),
  osloDraft,
  assessment('zagreb', r2020, {
    status: 'submitted',
    version: 2,
    ratings: zagrebRatings,
    trends: { mainstreaming: { status: null, example: 'Planned for next year' } },
  }),
  ghentReturned,
  assessment('oslo', r2015, { status: 'approved', version: 3 }),
];

/** The data every test starts from. */
export const contractSeed: StoreSeed = { cities, rounds, users, assessments };

function byId(id: string): Assessment {
  const found = assessments.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No fixture assessment ${id}`);
  return found;
}

const ids = (list: readonly Pick<Assessment, 'id'>[]) => list.map(({ id }) => id);
const cityRounds = (list: readonly Pick<Assessment, 'cityId' | 'roundId'>[]) =>
  list.map(({ cityId, roundId }) => `${cityId}-${roundId}`);

const allInOrder = [
  'oslo-r2015',
  'ghent-r2015',
  'oslo-r2020',
  'ghent-r2020',
  'zagreb-r2020',
  'oslo-r2024',
  'athens-r2024',
  'zagreb-r2024',
];

function historyEntry(fields: Partial<HistoryEntry> & Pick<HistoryEntry, 'version'>): HistoryEntry {
  return {
    action: 'saved',
    at: '2024-10-06T08:00:00.000Z',
    actor: { id: 'wg-oslo', name: 'Oslo working group' },
    changes: [],
    comment: null,
    ...fields,
  };
}

/** Runs the contract against the stores `makeStore` makes (one per test). */
export function describeContractStore(name: string, makeStore: MakeStore): void {
  describe(`${name} keeps the ContractStore contract`, () => {
    describeAdministrationStore(contractSeed, makeStore);

    let subject: StoreUnderTest | undefined;
    let store: ContractStore;

    beforeEach(async () => {
      subject = await makeStore(contractSeed);
      store = subject.store;
    });

    afterEach(async () => {
      await subject?.close();
      subject = undefined;
    });

    describeImportStore(() => store);

    describe('cities, rounds and users', () => {
      it('lists cities in the order they were added, each as saved', async () => {
        expect(await store.listCities()).toStrictEqual(cities);
      });

      it('keeps every name of a city as written, in any script and normalization', async () => {
        // One character of eleven UTF-16 units (a family emoji).
        const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
        const named: City = {
          id: 'lodz',
          name: 'Lodz',
          names: {
            pl: 'Łódź',
            // Invented, for what a store might change: accents written as combining marks,
            // other scripts, letters without a decomposition, 120 characters in 130 UTF-16 units.
            fr: 'Lo\u0301dz\u0301',
            el: 'Πόλη',
            he: 'עיר',
            da: 'Øster Æbelø',
            is: 'Þórshöfn',
            eo: `${'ß'.repeat(119)}${family}`,
          },
          localLanguages: ['pl'],
          countryCode: 'PL',
          signed: null,
          coordinates: { lat: 51.759, lon: 19.456 },
          sourceNote: '',
          archived: false,
        };
        expect(z.parse(citySchema, named)).toStrictEqual(named);
        const other = await makeStore({ ...contractSeed, cities: [...cities, named] });
        try {
          expect(await other.store.getCity('lodz')).toStrictEqual(named);
          expect((await other.store.listCities()).at(-1)).toStrictEqual(named);
        } finally {
          await other.close();
        }
      });

      it('finds a city by id, and answers null for an unknown one', async () => {
        expect(await store.getCity('athens')).toStrictEqual(cities[2]);
        expect(await store.getCity('nowhere')).toBeNull();
      });

      it('lists rounds oldest first', async () => {
        expect(await store.listRounds()).toStrictEqual([r2011, r2015, r2020, r2024]);
      });

      it('finds a round by id, and answers null for an unknown one', async () => {
        expect(await store.getRound('r2024')).toStrictEqual(r2024);
        expect(await store.getRound('r1999')).toBeNull();
      });

      it('lists users in the order they were added, and finds one by id', async () => {
        expect(await store.listUsers()).toStrictEqual(users);
        expect(await store.getUser('zoran')).toStrictEqual(zoran);
        expect(await store.getUser('nobody')).toBeNull();
      });
    });

    describe('round progress', () => {
      // Worked out by hand: [expectedCities, notStarted, draft, submitted, returned, approved].
      const progress: [string, Round, [number, number, number, number, number, number]][] = [
        ['r2011: only oslo (2010) signed before it, and has none', r2011, [1, 1, 0, 0, 0, 0]],
        ['r2015: oslo and ghent (2014) expected, both approved', r2015, [2, 0, 0, 0, 0, 2]],
        ['r2020: zagreb (2019) too; one returned, one submitted', r2020, [3, 0, 0, 1, 1, 1]],
        [
          'r2024: ghent not started; athens (year unknown) not expected, yet its draft counts',
          r2024,
          [3, 1, 2, 1, 0, 0],
        ],
      ];

      it.each(progress)('counts %s', async (_case, round, counts) => {
        const [expectedCities, notStarted, draft, submitted, returned, approved] = counts;
        expect(await store.roundProgress(round)).toStrictEqual({
          roundId: round.id,
          expectedCities,
          notStarted,
          draft,
          submitted,
          returned,
          approved,
        });
      });
    });

    describe('sessions', () => {
      it('finds the user of a session until it is deleted', async () => {
        await store.createSession('token-1', 'lotte');
        await store.createSession('token-2', 'lotte');
        expect(await store.findSessionUser('token-1')).toStrictEqual(lotte);

        await store.deleteSession('token-1');
        expect(await store.findSessionUser('token-1')).toBeNull();
        expect(await store.findSessionUser('token-2')).toStrictEqual(lotte);
      });

      it('answers null for an unknown token, and deleting one is harmless', async () => {
        expect(await store.findSessionUser('never-issued')).toBeNull();
        await store.deleteSession('never-issued');
        expect(await store.findSessionUser('never-issued')).toBeNull();
      });
    });

    describe('sent reminders', () => {
      const reminder = (cityId: string, daysBefore: number) => ({
        roundId: r2024.id,
        cityId,
        daysBefore,
      });

      it('claims each reminder once, answering only those not claimed before', async () => {
        expect(await store.claimReminders([reminder('ghent', 14)])).toStrictEqual([
          reminder('ghent', 14),
        ]);
        expect(
          await store.claimReminders([
            reminder('ghent', 14),
            reminder('ghent', 3),
            reminder('oslo', 14),
          ]),
        ).toStrictEqual([reminder('ghent', 3), reminder('oslo', 14)]);
        expect(await store.listSentReminders(r2024.id)).toHaveLength(3);
        expect(await store.listSentReminders(r2020.id)).toStrictEqual([]);
      });

      it('gives a reminder to exactly one of two concurrent claims', async () => {
        const claims = await Promise.all([
          store.claimReminders([reminder('ghent', 7)]),
          store.claimReminders([reminder('ghent', 7)]),
        ]);
        expect(claims.flat()).toStrictEqual([reminder('ghent', 7)]);
      });

      it('lets a released reminder be claimed again', async () => {
        await store.claimReminders([reminder('ghent', 14), reminder('oslo', 14)]);
        await store.releaseReminders([reminder('ghent', 14)]);
        expect(await store.listSentReminders(r2024.id)).toStrictEqual([reminder('oslo', 14)]);
        expect(await store.claimReminders([reminder('ghent', 14)])).toStrictEqual([
          reminder('ghent', 14),
        ]);
      });
    });

    describe('listing assessments', () => {
      it('orders them by round year, then city as added, each exactly as saved', async () => {
        const listed = await store.listAssessments({ scope: { kind: 'all' } });
        expect(ids(listed)).toStrictEqual(allInOrder);
        expect(listed).toStrictEqual(allInOrder.map(byId));
      });

      it('shows a member the approved ones and every one of their city', async () => {
        const listed = await store.listAssessments({
          scope: { kind: 'approved-or-city', cityId: 'ghent' },
        });
        expect(ids(listed)).toStrictEqual([
          'oslo-r2015',
          'ghent-r2015',
          'oslo-r2020',
          'ghent-r2020',
        ]);
      });

      it('shows a reader without a city the approved ones only', async () => {
        const listed = await store.listAssessments({
          scope: { kind: 'approved-or-city', cityId: null },
        });
        expect(ids(listed)).toStrictEqual(['oslo-r2015', 'ghent-r2015', 'oslo-r2020']);
      });

      it('narrows by round, city and status, alone or together', async () => {
        const all = { kind: 'all' } as const;
        const list = async (
          query: Omit<Parameters<ContractStore['listAssessments']>[0], 'scope'>,
        ) => ids(await store.listAssessments({ scope: all, ...query }));
        expect(await list({ roundId: 'r2024' })).toStrictEqual([
          'oslo-r2024',
          'athens-r2024',
          'zagreb-r2024',
        ]);
        expect(await list({ cityId: 'zagreb' })).toStrictEqual(['zagreb-r2020', 'zagreb-r2024']);
        expect(await list({ status: 'submitted' })).toStrictEqual(['zagreb-r2020', 'zagreb-r2024']);
        expect(await list({ roundId: 'r2020', status: 'approved' })).toStrictEqual(['oslo-r2020']);
        expect(await list({ roundId: 'r2015', cityId: 'ghent', status: 'approved' })).toEqual([
          'ghent-r2015',
        ]);
        expect(await list({ roundId: 'r2011' })).toStrictEqual([]);
        expect(await list({ roundId: 'unknown' })).toStrictEqual([]);
        expect(await list({ cityId: 'oslo', status: 'returned' })).toStrictEqual([]);
      });

      it('applies the scope and the filters together', async () => {
        const scope = { kind: 'approved-or-city', cityId: 'zagreb' } as const;
        expect(ids(await store.listAssessments({ scope, roundId: 'r2024' }))).toStrictEqual([
          'zagreb-r2024',
        ]);
        expect(ids(await store.listAssessments({ scope, status: 'returned' }))).toStrictEqual([]);
        const viewer = { kind: 'approved-or-city', cityId: null } as const;
        expect(ids(await store.listAssessments({ scope: viewer, roundId: 'r2024' }))).toEqual([]);
      });
    });

    describe('score rows', () => {
      it('are the listed assessments without evidence, in the same order', async () => {
        const query = { scope: { kind: 'approved-or-city', cityId: 'oslo' } } as const;
        const rows = await store.listScoreRows(query);
        expect(cityRounds(rows)).toStrictEqual(cityRounds(await store.listAssessments(query)));
        expect(rows).toStrictEqual(
          ['oslo-r2015', 'ghent-r2015', 'oslo-r2020', 'oslo-r2024'].map((id) =>
            scoreRowOf(byId(id)),
          ),
        );
      });

      it('keep ratings with their reasons and trend statuses, unanswered ones left out', async () => {
        const [row] = await store.listScoreRows({
          scope: { kind: 'all' },
          roundId: 'r2024',
          cityId: 'oslo',
        });
        expect(row).toStrictEqual({
          cityId: 'oslo',
          roundId: 'r2024',
          status: 'draft',
          ratings: {
            PM1: { rating: 'fully', reason: '' },
            PM2: { rating: null, reason: '' },
            BU2: { rating: 'not_applicable', reason: 'Run by the region' },
          },
          trends: { mainstreaming: { status: null }, participation: { status: 'established' } },
        });
      });

      it('filter like the assessments', async () => {
        const rows = await store.listScoreRows({ scope: { kind: 'all' }, status: 'submitted' });
        expect(cityRounds(rows)).toStrictEqual(['zagreb-r2020', 'zagreb-r2024']);
      });
    });

    describe('single assessments', () => {
      it('reads one back exactly as saved, unanswered commitments still absent', async () => {
        const stored = await store.getAssessment('oslo-r2024');
        expect(stored).toStrictEqual(osloDraft);
        expect(Object.keys(stored?.ratings ?? {}).sort()).toStrictEqual(['BU2', 'PM1', 'PM2']);
        expect(await store.getAssessment('athens-r2024')).toStrictEqual(athensDraft);
        expect(await store.getAssessment('ghent-r2020')).toStrictEqual(ghentReturned);
      });

      it('answers null for an unknown id', async () => {
        expect(await store.getAssessment('oslo-r1999')).toBeNull();
      });

      it('finds the city’s assessment in the latest earlier round that has one, any status', async () => {
        expect((await store.latestAssessmentBefore('oslo', 2024))?.id).toBe('oslo-r2020');
        expect((await store.latestAssessmentBefore('oslo', 2020))?.id).toBe('oslo-r2015');
        // Ghent has none in r2024: the latest before 2030 is r2020's, returned.
        expect(await store.latestAssessmentBefore('ghent', 2030)).toStrictEqual(ghentReturned);
        expect((await store.latestAssessmentBefore('zagreb', 2025))?.id).toBe('zagreb-r2024');
        expect(await store.latestAssessmentBefore('oslo', 2015)).toBeNull();
        expect(await store.latestAssessmentBefore('athens', 2024)).toBeNull();
        expect(await store.latestAssessmentBefore('nowhere', 2030)).toBeNull();
      });

      it('has no history for a seeded assessment or an unknown id', async () => {
        expect(await store.listHistory('oslo-r2024')).toStrictEqual([]);
        expect(await store.listHistory('unknown')).toStrictEqual([]);
      });
    });

    describe('inserting', () => {
      const ghentDraft = assessment('ghent', r2024, {
        status: 'draft',
        version: 1,
        ratings: {},
        trends: {},
        targetGroups: [],
        updatedAt: '2024-10-07T12:00:00.000Z',
        updatedBy: member(lotte),
      });
      const created = historyEntry({
        version: 1,
        action: 'created',
        at: '2024-10-07T12:00:00.000Z',
        actor: member(lotte),
      });

      it('adds an assessment with its first history entry', async () => {
        expect(await store.insertAssessment(ghentDraft, created)).toBe(true);

        expect(await store.getAssessment('ghent-r2024')).toStrictEqual(ghentDraft);
        expect(await store.listHistory('ghent-r2024')).toStrictEqual([created]);
        expect(
          ids(await store.listAssessments({ scope: { kind: 'all' }, roundId: 'r2024' })),
        ).toStrictEqual(['oslo-r2024', 'ghent-r2024', 'athens-r2024', 'zagreb-r2024']);
        expect(await store.roundProgress(r2024)).toMatchObject({ notStarted: 0, draft: 3 });
      });

      it('refuses a second assessment for the same city and round, changing nothing', async () => {
        await store.insertAssessment(ghentDraft, created);
        const before = await store.listAssessments({ scope: { kind: 'all' } });
        const duplicate: Assessment = {
          ...ghentDraft,
          id: 'ghent-r2024-again',
          ratings: fullRatings,
          updatedBy: member(claire),
        };
        const duplicateEntry = historyEntry({ version: 1, action: 'created' });

        expect(await store.insertAssessment(duplicate, duplicateEntry)).toBe(false);

        expect(await store.getAssessment('ghent-r2024-again')).toBeNull();
        expect(await store.listHistory('ghent-r2024-again')).toStrictEqual([]);
        expect(await store.getAssessment('ghent-r2024')).toStrictEqual(ghentDraft);
        expect(await store.listHistory('ghent-r2024')).toStrictEqual([created]);
        expect(await store.listAssessments({ scope: { kind: 'all' } })).toStrictEqual(before);
      });

      it('refuses one for a city and round seeded without history, changing nothing', async () => {
        const duplicate = { ...osloDraft, id: 'oslo-r2024-again', version: 1 };
        expect(await store.insertAssessment(duplicate, historyEntry({ version: 1 }))).toBe(false);
        expect(await store.getAssessment('oslo-r2024-again')).toBeNull();
        expect(await store.getAssessment('oslo-r2024')).toStrictEqual(osloDraft);
      });
    });

    describe('updating', () => {
      const saved: Assessment = {
        ...osloDraft,
        version: 4,
        ratings: {
          // PM2 is taken out again; PM3 answered; PM1's rating changed.
          PM1: { rating: 'partly', reason: '', evidence: 'Strategy under review', links: [] },
          PM3: { rating: 'not_at_all', reason: '', evidence: '', links: [] },
          BU2: { rating: 'not_applicable', reason: 'Run by the region', evidence: '', links: [] },
        },
        trends: { participation: { status: 'emerging', example: 'Workshops' } },
        targetGroups: ['irregular_status'],
        updatedAt: '2024-10-06T08:00:00.000Z',
      };
      const savedEntry = historyEntry({
        version: 4,
        changes: [
          { field: 'ratings.PM1.rating', before: 'fully', after: 'partly' },
          {
            field: 'ratings.PM1.links',
            before: ['https://example.org/plan', 'http://example.org/report?year=2023&lang=en'],
            after: [],
          },
          { field: 'ratings.PM2.evidence', before: 'Evidence before a rating', after: null },
          { field: 'targetGroups', before: ['international_protection'], after: [] },
        ],
      });

      it('replaces the assessment while its version is the one the change was based on', async () => {
        expect(await store.updateAssessment(saved, 3, savedEntry)).toBe(true);
        expect(await store.getAssessment('oslo-r2024')).toStrictEqual(saved);
        expect(await store.listHistory('oslo-r2024')).toStrictEqual([savedEntry]);
      });

      it('refuses a change based on an older version, changing nothing', async () => {
        await store.updateAssessment(saved, 3, savedEntry);
        const stale: Assessment = { ...osloDraft, version: 4, ratings: {} };

        expect(await store.updateAssessment(stale, 3, historyEntry({ version: 4 }))).toBe(false);

        expect(await store.getAssessment('oslo-r2024')).toStrictEqual(saved);
        expect(await store.listHistory('oslo-r2024')).toStrictEqual([savedEntry]);
      });

      it('refuses a change to an unknown assessment', async () => {
        const unknown = { ...saved, id: 'oslo-r2099' };
        expect(await store.updateAssessment(unknown, 3, savedEntry)).toBe(false);
        expect(await store.getAssessment('oslo-r2099')).toBeNull();
        expect(await store.listHistory('oslo-r2099')).toStrictEqual([]);
      });

      it('records every change, newest first', async () => {
        const submittedAt = '2024-10-08T10:00:00.000Z';
        const submitted: Assessment = {
          ...saved,
          status: 'submitted',
          version: 5,
          updatedAt: submittedAt,
          submittedAt,
          submittedBy: { id: 'wg-oslo', name: 'Oslo working group' },
        };
        const returned: Assessment = {
          ...submitted,
          status: 'returned',
          version: 6,
          reviewComment: 'Please link the strategy.',
          updatedAt: '2024-10-09T11:00:00.000Z',
          updatedBy: member(claire),
        };
        const submittedEntry = historyEntry({ version: 5, action: 'submitted', at: submittedAt });
        const returnedEntry = historyEntry({
          version: 6,
          action: 'returned',
          at: returned.updatedAt,
          actor: member(claire),
          comment: 'Please link the strategy.',
        });

        expect(await store.updateAssessment(saved, 3, savedEntry)).toBe(true);
        expect(await store.updateAssessment(submitted, 4, submittedEntry)).toBe(true);
        expect(await store.updateAssessment(returned, 5, returnedEntry)).toBe(true);

        expect(await store.listHistory('oslo-r2024')).toStrictEqual([
          returnedEntry,
          submittedEntry,
          savedEntry,
        ]);
        expect(await store.getAssessment('oslo-r2024')).toStrictEqual(returned);
        expect(
          ids(await store.listAssessments({ scope: { kind: 'all' }, status: 'returned' })),
        ).toStrictEqual(['ghent-r2020', 'oslo-r2024']);
      });

      it('lets exactly one of 20 concurrent changes from one version through', async () => {
        const attempts = Array.from({ length: 20 }, (_, index) => ({
          next: {
            ...osloDraft,
            version: 4,
            ratings: {
              ...osloDraft.ratings,
              PM3: { rating: 'partly', reason: '', evidence: `Attempt ${index}`, links: [] },
            },
          } satisfies Assessment,
          entry: historyEntry({
            version: 4,
            at: `2024-10-06T08:00:${String(index).padStart(2, '0')}.000Z`,
          }),
        }));

        // Concurrent reads first: a store over a connection pool then has its connections
        // open, so the updates really overlap instead of queueing behind connection set-up.
        await Promise.all(attempts.map(() => store.getAssessment('oslo-r2024')));

        const results = await Promise.all(
          attempts.map(({ next, entry }) => store.updateAssessment(next, 3, entry)),
        );

        expect(results.filter((succeeded) => succeeded)).toHaveLength(1);
        const winner = attempts[results.indexOf(true)];
        expect(await store.getAssessment('oslo-r2024')).toStrictEqual(winner?.next);
        expect(await store.listHistory('oslo-r2024')).toStrictEqual([winner?.entry]);
      });
    });

    describe('aggregates', () => {
      // Worked out by hand from the fixture. Scores: fully 100, partly 50, not at all 0; the
      // rest left out. A role's score is the mean of its scored commitments; a city's overall
      // score the mean of its role scores; a group's the mean of its cities' scores.
      //
      // fullRatings (oslo r2015, oslo r2020, ghent r2020, zagreb r2024): PM (100+100+50)/3 =
      //   250/3, SP (50+0)/2 = 25, EM (100+50)/2 = 75 (EM3 not assessed), BU (50+0)/2 = 25
      //   (BU2 not applicable); overall (250/3+25+75+25)/4 = 625/12.
      // ghentRatings (ghent r2015): PM (100+50+0)/3 = 50, SP none, EM (100+100)/2 = 100, BU
      //   (0+50+100)/3 = 50; overall (50+100+50)/3 = 200/3.
      // zagrebRatings (zagreb r2020): PM 100, SP 50, EM none, BU none; overall (100+50)/2 = 75.
      // osloDraft (oslo r2024): PM 100 (PM2's null rating left out), nothing else; overall 100.
      // athensDraft (athens r2024): no rating, so no score.
      const near = (value: number) => expect.closeTo(value, 9) as unknown as number;
      const all = { kind: 'all' } as const;
      const viewer = { kind: 'approved-or-city', cityId: null } as const;
      const memberOf = (cityId: string) => ({ kind: 'approved-or-city', cityId }) as const;

      /** Each trend's counts, zero unless given. */
      function adoption(counts: Partial<Record<KeyTrendId, Partial<Record<TrendStatus, number>>>>) {
        return Object.fromEntries(
          keyTrendIds.map((id) => [
            id,
            { established: 0, emerging: 0, not_observed: 0, ...counts[id] },
          ]),
        );
      }
      /** fullTrends' statuses, each counted `times`. */
      const fullAdoption = (times: number) =>
        adoption({
          structured_policies: { established: times },
          mainstreaming: { emerging: times },
          specific_groups: { not_observed: times },
          low_threshold_access: { emerging: times },
          open_communication: { established: times },
          participation: { emerging: times },
          inclusive_administration: { not_observed: times },
          eu_global_governance: { established: times },
        });
      /** Commitment means in the charter's order, PM1 … BU3. */
      const commitmentMeans = (means: (number | null)[]) =>
        Object.fromEntries(commitmentIds.map((id, index) => [id, means[index]]));

      /** r2015, approved: oslo (fullRatings) and ghent (ghentRatings). */
      const r2015Approved = {
        roundId: 'r2015',
        assessmentCount: 2,
        average: {
          // (625/12 + 200/3)/2 = 1425/24
          overall: near(1425 / 24),
          byRole: {
            policymaker: near((250 / 3 + 50) / 2), // 200/3
            service_provider: 25, // oslo alone: ghent has no SP score
            employer: 87.5, // (75+100)/2
            buyer: 37.5, // (25+50)/2
          },
          cityCount: 2,
          citiesByRole: { policymaker: 2, service_provider: 1, employer: 2, buyer: 2 },
        },
        // structured: both established; mainstreaming: oslo emerging, ghent established;
        // specific groups: oslo not observed, ghent emerging; the rest oslo's alone.
        trendAdoption: adoption({
          structured_policies: { established: 2 },
          mainstreaming: { established: 1, emerging: 1 },
          specific_groups: { emerging: 1, not_observed: 1 },
          low_threshold_access: { emerging: 1 },
          open_communication: { established: 1 },
          participation: { emerging: 1 },
          inclusive_administration: { not_observed: 1 },
          eu_global_governance: { established: 1 },
        }),
        // PM1 (100,100) PM2 (100,50) PM3 (50,0) SP1 (50,–) SP2 (0,–) EM1 (100,100) EM2
        // (50,100) EM3 (–,–) BU1 (50,0) BU2 (–,50) BU3 (0,100)
        commitmentAverages: commitmentMeans([100, 75, 25, 50, 0, 100, 75, null, 25, 50, 50]),
      };
      /** fullRatings' commitment points, PM1 … BU3. */
      const fullMeans = [100, 100, 50, 50, 0, 100, 50, null, 50, null, 0];
      /** r2020, approved: oslo alone (fullRatings). */
      const r2020Approved = {
        roundId: 'r2020',
        assessmentCount: 1,
        average: {
          overall: near(625 / 12),
          byRole: { policymaker: near(250 / 3), service_provider: 25, employer: 75, buyer: 25 },
          cityCount: 1,
          citiesByRole: { policymaker: 1, service_provider: 1, employer: 1, buyer: 1 },
        },
        trendAdoption: fullAdoption(1),
        commitmentAverages: commitmentMeans(fullMeans),
      };
      /** r2020, every status: oslo and ghent (fullRatings), zagreb (zagrebRatings). */
      const r2020All = {
        roundId: 'r2020',
        assessmentCount: 3,
        average: {
          overall: near((625 / 12 + 625 / 12 + 75) / 3), // 1075/18
          byRole: {
            policymaker: near((250 / 3 + 250 / 3 + 100) / 3), // 800/9
            service_provider: near((25 + 25 + 50) / 3), // 100/3
            employer: 75, // zagreb has none
            buyer: 25, // zagreb has none
          },
          cityCount: 3,
          citiesByRole: { policymaker: 3, service_provider: 3, employer: 2, buyer: 2 },
        },
        // Zagreb's one trend has no status yet: it counts nowhere.
        trendAdoption: fullAdoption(2),
        // PM3 (50,50,100) SP2 (0,0,50); zagreb's EM not applicable, its BU unanswered.
        commitmentAverages: commitmentMeans([
          100,
          100,
          near(200 / 3),
          50,
          near(50 / 3),
          100,
          50,
          null,
          50,
          null,
          0,
        ]),
      };
      /** r2020, oslo (fullRatings) and zagreb (zagrebRatings), without ghent's returned one. */
      const r2020OsloZagreb = {
        roundId: 'r2020',
        assessmentCount: 2,
        average: {
          overall: near((625 / 12 + 75) / 2), // 1525/24
          byRole: {
            policymaker: near((250 / 3 + 100) / 2), // 275/3
            service_provider: 37.5, // (25+50)/2
            employer: 75, // oslo alone
            buyer: 25, // oslo alone
          },
          cityCount: 2,
          citiesByRole: { policymaker: 2, service_provider: 2, employer: 1, buyer: 1 },
        },
        trendAdoption: fullAdoption(1),
        // PM3 (50,100) SP1 (50,50) SP2 (0,50); EM and BU oslo's alone.
        commitmentAverages: commitmentMeans([100, 100, 75, 50, 25, 100, 50, null, 50, null, 0]),
      };
      /** r2024, every status: oslo (osloDraft), athens (no score), zagreb (fullRatings). */
      const r2024All = {
        roundId: 'r2024',
        assessmentCount: 3,
        average: {
          overall: near((100 + 625 / 12) / 2), // 1825/24; athens has no overall score
          byRole: {
            policymaker: near((100 + 250 / 3) / 2), // 275/3
            service_provider: 25,
            employer: 75,
            buyer: 25,
          },
          cityCount: 2,
          citiesByRole: { policymaker: 2, service_provider: 1, employer: 1, buyer: 1 },
        },
        // zagreb's full trends, plus participation established by oslo and by athens; oslo's
        // mainstreaming has no status yet.
        trendAdoption: adoption({
          structured_policies: { established: 1 },
          mainstreaming: { emerging: 1 },
          specific_groups: { not_observed: 1 },
          low_threshold_access: { emerging: 1 },
          open_communication: { established: 1 },
          participation: { established: 2, emerging: 1 },
          inclusive_administration: { not_observed: 1 },
          eu_global_governance: { established: 1 },
        }),
        // PM1 (100,100) PM2 (null rating,100) PM3 (–,50); BU2 not applicable in both.
        commitmentAverages: commitmentMeans(
          fullMeans.map((mean, index) => (index === 1 ? 100 : mean)),
        ),
      };

      it('averages approved assessments round by round, oldest first, leaving out rounds without any', async () => {
        // r2011 has no assessment; r2024 none approved.
        const expected = [r2015Approved, r2020Approved];
        expect(await store.roundAggregates({ scope: all, includeUnapproved: false })).toEqual(
          expected,
        );
        expect(await store.roundAggregates({ scope: viewer, includeUnapproved: false })).toEqual(
          expected,
        );
      });

      it('includes the other statuses when asked, within what the reader may read', async () => {
        expect(await store.roundAggregates({ scope: all, includeUnapproved: true })).toEqual([
          r2015Approved,
          r2020All,
          r2024All,
        ]);
        // A viewer reads approved assessments only: asking for the others changes nothing.
        expect(await store.roundAggregates({ scope: viewer, includeUnapproved: true })).toEqual([
          r2015Approved,
          r2020Approved,
        ]);
        // Zagreb's member: its submitted r2020 and r2024 too.
        expect(
          await store.roundAggregates({ scope: memberOf('zagreb'), includeUnapproved: true }),
        ).toEqual([r2015Approved, r2020OsloZagreb, { ...r2020Approved, roundId: 'r2024' }]);
      });

      it('narrows to one round', async () => {
        const query = { scope: all, includeUnapproved: true } as const;
        expect(await store.roundAggregates({ ...query, roundId: 'r2020' })).toEqual([r2020All]);
        expect(await store.roundAggregates({ ...query, roundId: 'r2011' })).toEqual([]);
        expect(await store.roundAggregates({ ...query, roundId: 'unknown' })).toEqual([]);
      });

      it('gives each counted city’s overall score in the round, cities in the order added', async () => {
        const scores = (scope: ReadScope, includeUnapproved: boolean, roundId: string) =>
          store.cityScores({ scope, includeUnapproved, roundId });
        expect(await scores(all, true, 'r2024')).toEqual([
          { cityId: 'oslo', overall: 100 },
          { cityId: 'athens', overall: null },
          { cityId: 'zagreb', overall: near(625 / 12) },
        ]);
        expect(await scores(all, false, 'r2015')).toEqual([
          { cityId: 'oslo', overall: near(625 / 12) },
          { cityId: 'ghent', overall: near(200 / 3) },
        ]);
        // Approved only: ghent's returned and zagreb's submitted r2020 ones are left out.
        expect(await scores(all, false, 'r2020')).toEqual([
          { cityId: 'oslo', overall: near(625 / 12) },
        ]);
        expect(await scores(memberOf('zagreb'), true, 'r2020')).toEqual([
          { cityId: 'oslo', overall: near(625 / 12) },
          { cityId: 'zagreb', overall: 75 },
        ]);
        expect(await scores(viewer, true, 'r2024')).toEqual([]);
      });

      it('names the cities that lead each trend, best overall score first, up to the limit', async () => {
        const leaders = (query: AggregateQuery & { roundId: string }, limit: number) =>
          store.trendLeaders(query, limit);
        // Each leader named as the city is, in English and in its other languages.
        const oslo = (overall: number) => ({
          cityId: 'oslo',
          cityName: 'Oslo',
          cityNames: {},
          overall,
        });
        const ghent = (overall: number) => ({
          cityId: 'ghent',
          cityName: 'Ghent',
          cityNames: { nl: 'Gent', fr: 'Gand', de: 'Gent' },
          overall,
        });
        const none = (trendId: KeyTrendId) => ({ trendId, cityCount: 0, leaders: [] });

        // r2015 approved: ghent 200/3 above oslo 625/12.
        const r2015 = { scope: all, includeUnapproved: false, roundId: 'r2015' };
        expect(await leaders(r2015, 5)).toEqual([
          {
            trendId: 'structured_policies',
            cityCount: 2,
            leaders: [ghent(near(200 / 3)), oslo(near(625 / 12))],
          },
          { trendId: 'mainstreaming', cityCount: 1, leaders: [ghent(near(200 / 3))] },
          none('specific_groups'),
          none('low_threshold_access'),
          { trendId: 'open_communication', cityCount: 1, leaders: [oslo(near(625 / 12))] },
          none('participation'),
          none('inclusive_administration'),
          { trendId: 'eu_global_governance', cityCount: 1, leaders: [oslo(near(625 / 12))] },
        ]);
        // The limit cuts the list, not the count.
        expect((await leaders(r2015, 1))[0]).toEqual({
          trendId: 'structured_policies',
          cityCount: 2,
          leaders: [ghent(near(200 / 3))],
        });

        // r2020, every status: oslo and ghent tie (both 625/12): by city id, ghent first.
        const tied = await leaders({ scope: all, includeUnapproved: true, roundId: 'r2020' }, 5);
        expect(tied[0]).toEqual({
          trendId: 'structured_policies',
          cityCount: 2,
          leaders: [ghent(near(625 / 12)), oslo(near(625 / 12))],
        });

        // r2024, every status: participation established in oslo (100) and athens (no score,
        // so last; listed after oslo although added before it); zagreb's is emerging.
        const r2024 = await leaders({ scope: all, includeUnapproved: true, roundId: 'r2024' }, 5);
        expect(r2024.find((entry) => entry.trendId === 'participation')).toEqual({
          trendId: 'participation',
          cityCount: 2,
          leaders: [
            oslo(100),
            {
              cityId: 'athens',
              cityName: 'Athens',
              cityNames: { el: 'Αθήνα', fr: 'Athènes', de: 'Athen' },
              overall: null,
            },
          ],
        });
        // Approved only, or a viewer's: r2024 has none.
        expect(
          await leaders({ scope: all, includeUnapproved: false, roundId: 'r2024' }, 5),
        ).toEqual(keyTrendIds.map(none));
        expect(
          await leaders({ scope: viewer, includeUnapproved: true, roundId: 'r2024' }, 5),
        ).toEqual(keyTrendIds.map(none));
      });

      it('follow a change', async () => {
        // Zagreb's r2020 assessment approved: r2020's approved ones are now oslo's and zagreb's.
        const approved: Assessment = { ...byId('zagreb-r2020'), status: 'approved', version: 3 };
        const entry = historyEntry({ version: 3, action: 'approved' });
        expect(await store.updateAssessment(approved, 2, entry)).toBe(true);
        expect(
          await store.roundAggregates({
            scope: viewer,
            includeUnapproved: false,
            roundId: 'r2020',
          }),
        ).toEqual([r2020OsloZagreb]);
        expect(
          await store.cityScores({ scope: viewer, includeUnapproved: false, roundId: 'r2020' }),
        ).toEqual([
          { cityId: 'oslo', overall: near(625 / 12) },
          { cityId: 'zagreb', overall: 75 },
        ]);
      });
    });

    it('answers objects of exactly the shapes src/domain describes', async () => {
      await store.createSession('token', 'zoran');
      await store.updateAssessment({ ...osloDraft, version: 4 }, 3, historyEntry({ version: 4 }));
      // zod drops keys a schema does not know, so parsing then comparing finds extra keys too.
      const exact = (schema: z.core.$ZodType, value: unknown) => {
        expect(z.parse(schema, value)).toStrictEqual(value);
      };
      for (const city of await store.listCities()) exact(citySchema, city);
      for (const round of await store.listRounds()) {
        exact(roundSchema, round);
        exact(roundProgressSchema, await store.roundProgress(round));
      }
      for (const user of await store.listUsers()) exact(userSchema, user);
      exact(userSchema, await store.findSessionUser('token'));
      const all = { scope: { kind: 'all' } } as const;
      for (const listed of await store.listAssessments(all)) exact(assessmentSchema, listed);
      for (const row of await store.listScoreRows(all)) exact(scoreRowSchema, row);
      for (const entry of await store.listHistory('oslo-r2024')) exact(historyEntrySchema, entry);
      const counted = { scope: { kind: 'all' }, includeUnapproved: true } as const;
      for (const aggregate of await store.roundAggregates(counted)) {
        exact(roundAggregateSchema, aggregate);
        const inRound = { ...counted, roundId: aggregate.roundId };
        for (const score of await store.cityScores(inRound)) exact(cityScoreSchema, score);
        for (const trend of await store.trendLeaders(inRound, 5)) exact(trendLeadersSchema, trend);
      }
    });
  });
}
