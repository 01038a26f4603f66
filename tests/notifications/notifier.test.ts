import { describe, expect, it } from 'vitest';
import { assessmentFixture } from '../utils/assessment-fixture';
import { cityFixture } from '../utils/city-fixture';
import type { AccountDetails } from '../../server/store/memory-store';
import { createMemoryStore } from '../../server/store/memory-store';
import type { MailMessage } from '../../server/mail/mailer';
import { createNotifier, dateIn } from '../../server/notifications/notifier';

const signed2010 = { earliestYear: 2010, latestYear: 2010 };
const cities = [
  cityFixture({
    id: 'ghent',
    name: 'Ghent',
    names: { fr: 'Gand', de: 'Gent' },
    signed: signed2010,
  }),
  cityFixture({ id: 'oslo', name: 'Oslo', signed: signed2010 }),
  cityFixture({ id: 'lodz', name: 'Łódź', signed: signed2010, archived: true }),
  // Signed in the round's year: not expected to answer it.
  cityFixture({ id: 'riga', name: 'Riga', signed: { earliestYear: 2026, latestYear: 2026 } }),
];
const users = [
  { id: 'claire', name: 'Claire Dubois', role: 'coordinator' as const, cityId: null },
  { id: 'bo', name: 'Bo Berg', role: 'coordinator' as const, cityId: null },
  { id: 'lotte', name: 'Lotte Peeters', role: 'member' as const, cityId: 'ghent' },
  { id: 'ola', name: 'Ola Nordmann', role: 'member' as const, cityId: 'oslo' },
  { id: 'lena', name: 'Lena Kowalska', role: 'member' as const, cityId: 'lodz' },
];
const details = (email: string, language: 'en' | 'fr' | 'de', enabled = true): AccountDetails => ({
  email,
  status: 'active',
  language,
  notificationsEnabled: enabled,
});

function setUp(today = '2026-12-05') {
  const store = createMemoryStore({
    data: {
      cities,
      rounds: [{ id: '2026', year: 2026, status: 'open', deadline: '2026-12-15' }],
      users,
      accounts: {
        claire: details('claire@example.org', 'fr'),
        bo: details('bo@example.org', 'en', false),
        lotte: details('lotte@example.org', 'de'),
        ola: details('ola@example.org', 'en'),
        lena: details('lena@example.org', 'en'),
      },
      assessments: [
        assessmentFixture({
          id: 'oslo-2026',
          cityId: 'oslo',
          roundId: '2026',
          status: 'submitted',
        }),
      ],
      history: {},
      audit: [],
    },
  });
  const sent: MailMessage[] = [];
  const errors: Error[] = [];
  const notifier = createNotifier({
    store,
    mailer: {
      send(message) {
        if (message.to === 'fails@example.org') return Promise.reject(new Error('refused'));
        sent.push(message);
        return Promise.resolve();
      },
    },
    appUrl: 'https://monitor.example.org',
    reminderDaysBefore: [14, 3],
    today: () => today,
    onError: (error) => errors.push(error),
  });
  return { store, notifier, sent, errors };
}

describe('notifications by e-mail', () => {
  it('tells the coordinators who want it of a submission, in their language, with a link', async () => {
    const { notifier, sent } = setUp();
    notifier.assessmentChanged({
      kind: 'submitted',
      assessment: assessmentFixture({ id: 'ghent-2026', cityId: 'ghent', roundId: '2026' }),
      actor: { id: 'lotte', name: 'Lotte Peeters' },
    });
    await notifier.settled();
    expect(sent.map((mail) => [mail.to, mail.subject])).toEqual([
      ['claire@example.org', 'Gand a soumis son auto-évaluation pour la campagne 2026'],
    ]);
    expect(sent[0]?.text).toContain('https://monitor.example.org/assessments/ghent-2026');
    expect(sent[0]?.text).toContain('https://monitor.example.org/settings');
    expect(sent[0]?.html).toContain(
      '<a href="https://monitor.example.org/assessments/ghent-2026">',
    );
  });

  it("tells the city's members of a return with the comment, escaped in the HTML", async () => {
    const { notifier, sent } = setUp();
    notifier.assessmentChanged({
      kind: 'returned',
      assessment: assessmentFixture({ id: 'ghent-2026', cityId: 'ghent', roundId: '2026' }),
      actor: { id: 'claire', name: 'Claire Dubois' },
      comment: 'Bitte Belege für <PM2> ergänzen',
    });
    await notifier.settled();
    expect(sent.map((mail) => mail.to)).toEqual(['lotte@example.org']);
    expect(sent[0]?.subject).toBe(
      'Die Selbstbewertung von Gent für 2026 wurde zur Überarbeitung zurückgegeben',
    );
    expect(sent[0]?.text).toContain('Bitte Belege für <PM2> ergänzen');
    expect(sent[0]?.html).toContain('Bitte Belege für &lt;PM2&gt; ergänzen');
  });

  it('reminds each expected city without a submission once per reminder', async () => {
    const { notifier, sent } = setUp('2026-12-05');
    // 10 days left: the 14-day reminder. Oslo submitted, Łódź is archived, Riga not expected.
    expect(await notifier.sendDueReminders()).toBe(1);
    expect(sent.map((mail) => [mail.to, mail.subject])).toEqual([
      [
        'lotte@example.org',
        'Erinnerung: Die Selbstbewertung von Gent für 2026 ist in 10 Tagen fällig',
      ],
    ]);
    expect(sent[0]?.text).toContain('15. Dezember 2026');
    expect(sent[0]?.text).toContain('https://monitor.example.org/cities/ghent?round=2026');
    expect(await notifier.sendDueReminders()).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('reminds on the deadline day with its own words', async () => {
    const { notifier, sent } = setUp('2026-12-15');
    await notifier.sendDueReminders();
    expect(sent[0]?.subject).toBe(
      'Erinnerung: Die Selbstbewertung von Gent für 2026 ist heute fällig',
    );
  });

  it('tries a reminder again when its mail could not be sent', async () => {
    const { store, notifier, sent, errors } = setUp('2026-12-05');
    const lotte = await store.getAccount('lotte');
    if (!lotte) throw new Error('seeded');
    await store.updateAccount({ ...lotte, email: 'fails@example.org' }, null);
    expect(await notifier.sendDueReminders()).toBe(0);
    expect(errors.map((error) => error.message)).toEqual(['refused']);
    expect(await store.listSentReminders('2026')).toEqual([]);
    await store.updateAccount(lotte, null);
    expect(await notifier.sendDueReminders()).toBe(1);
    expect(sent).toHaveLength(1);
  });
});

describe('dateIn', () => {
  it("gives the calendar date where deadlines are set, not the server's", () => {
    expect(dateIn('Europe/Brussels', new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(dateIn('Europe/Brussels', new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
