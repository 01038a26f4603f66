import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  dueReminders,
  recipientsOf,
  reminderRecipients,
  type NotificationRecipient,
  type ReminderSituation,
} from './notifications';

function person(overrides: Partial<NotificationRecipient> & { id: string }): NotificationRecipient {
  return {
    role: 'member',
    cityId: 'ghent',
    email: `${overrides.id}@example.org`,
    notificationsEnabled: true,
    active: true,
    ...overrides,
  };
}

const people = [
  person({ id: 'ana', role: 'coordinator', cityId: null }),
  person({ id: 'bo', role: 'coordinator', cityId: null, notificationsEnabled: false }),
  person({ id: 'cy', role: 'coordinator', cityId: null, active: false }),
  person({ id: 'di', role: 'viewer', cityId: null }),
  person({ id: 'ed', cityId: 'ghent' }),
  person({ id: 'fa', cityId: 'ghent', email: null }),
  person({ id: 'gu', cityId: 'oslo' }),
  person({ id: 'hu', role: 'coordinator', cityId: null }),
];
const ids = (list: readonly NotificationRecipient[]) => list.map((entry) => entry.id);

describe('recipientsOf', () => {
  it('tells every reachable coordinator of a submission', () => {
    expect(
      ids(recipientsOf({ kind: 'submitted', cityId: 'ghent', actorId: 'ed' }, people)),
    ).toEqual(['ana', 'hu']);
  });

  it("tells the city's reachable members of a return or an approval, not the reviewer", () => {
    for (const kind of ['returned', 'approved'] as const) {
      expect(ids(recipientsOf({ kind, cityId: 'ghent', actorId: 'ana' }, people))).toEqual(['ed']);
    }
  });

  it('never tells the person who made the change', () => {
    expect(
      ids(recipientsOf({ kind: 'submitted', cityId: 'ghent', actorId: 'hu' }, people)),
    ).toEqual(['ana']);
  });

  it("reminds only a city's reachable members", () => {
    expect(ids(reminderRecipients('oslo', people))).toEqual(['gu']);
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a month and a leap day', () => {
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
    expect(daysBetween('2026-12-31', '2026-12-31')).toBe(0);
    expect(daysBetween('2026-12-31', '2026-12-30')).toBe(-1);
  });
});

describe('dueReminders', () => {
  const base: ReminderSituation = {
    roundId: 'r2026',
    deadline: '2026-12-15',
    today: '2026-12-05',
    expectedCityIds: ['ghent', 'oslo', 'lodz', 'riga', 'bonn'],
    statusByCity: new Map([
      ['ghent', 'draft'],
      ['oslo', 'submitted'],
      ['lodz', 'approved'],
      ['riga', 'returned'],
    ]),
    daysBefore: [14, 3],
    sent: [],
  };

  it('reminds each city that has not handed in once the first reminder day has come', () => {
    // 10 days left: the 14-day reminder is due, the 3-day one is not.
    expect(dueReminders(base)).toEqual([
      {
        cityId: 'ghent',
        daysLeft: 10,
        record: [{ roundId: 'r2026', cityId: 'ghent', daysBefore: 14 }],
      },
      {
        cityId: 'riga',
        daysLeft: 10,
        record: [{ roundId: 'r2026', cityId: 'riga', daysBefore: 14 }],
      },
      {
        cityId: 'bonn',
        daysLeft: 10,
        record: [{ roundId: 'r2026', cityId: 'bonn', daysBefore: 14 }],
      },
    ]);
  });

  it('sends nothing before the first reminder day', () => {
    expect(dueReminders({ ...base, today: '2026-11-30' })).toEqual([]);
  });

  it('sends a reminder once per city and reminder', () => {
    const sent = [
      { roundId: 'r2026', cityId: 'ghent', daysBefore: 14 },
      { roundId: 'r2026', cityId: 'riga', daysBefore: 14 },
      { roundId: 'r2025', cityId: 'bonn', daysBefore: 14 },
    ];
    expect(dueReminders({ ...base, sent }).map((due) => due.cityId)).toEqual(['bonn']);
  });

  it('sends one mail for two reminders due together, and records both', () => {
    const due = dueReminders({ ...base, today: '2026-12-13', expectedCityIds: ['bonn'] });
    expect(due).toEqual([
      {
        cityId: 'bonn',
        daysLeft: 2,
        record: [
          { roundId: 'r2026', cityId: 'bonn', daysBefore: 14 },
          { roundId: 'r2026', cityId: 'bonn', daysBefore: 3 },
        ],
      },
    ]);
  });

  it('reminds on the deadline day itself and never after it', () => {
    const onTheDay = { ...base, daysBefore: [0], expectedCityIds: ['bonn'] };
    expect(dueReminders({ ...onTheDay, today: '2026-12-15' })).toHaveLength(1);
    expect(dueReminders({ ...onTheDay, today: '2026-12-16' })).toEqual([]);
  });
});
