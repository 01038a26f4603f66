/**
 * Sends the notifications of src/domain/notifications.ts by e-mail: after a submission, a
 * return or an approval, and the reminders before a round's deadline. Each mail is written in
 * its recipient's language. Sending never holds up or fails the request that caused it: mails
 * go out in the background, a failure is reported to `onError`, and `settled()` waits for every
 * mail on its way (tests, and a server stopping gracefully).
 */
import type { Account } from '../../src/domain/account';
import type { Assessment } from '../../src/domain/assessment';
import { cityDisplayName } from '../../src/domain/city-names';
import {
  dueReminders,
  recipientsOf,
  reminderRecipients,
  type AssessmentNotice,
  type NotificationRecipient,
} from '../../src/domain/notifications';
import { isCityInRound } from '../../src/domain/round';
import { paths } from '../../src/lib/paths';
import { notificationMail, type NotificationMailText } from '../mail/mail-text';
import type { Mailer } from '../mail/mailer';
import type { ContractStore } from '../store/contract-store';

export interface NotifierOptions {
  store: ContractStore;
  mailer: Mailer;
  /** Where the app is served, e.g. `https://monitor.example.org`: links in mails start here. */
  appUrl: string;
  /** Days before a round's deadline at which to remind, e.g. [14, 3] (REMINDER_DAYS). */
  reminderDaysBefore: readonly number[];
  /** Today's date, `YYYY-MM-DD`, in the calendar deadlines are set in. */
  today: () => string;
  /** Told of each mail that could not be sent, and of any other failure; never thrown. */
  onError: (error: Error) => void;
}

/** What a route tells the notifier after a status change was stored. */
export interface AssessmentChange {
  kind: AssessmentNotice['kind'];
  assessment: Assessment;
  actor: { id: string; name: string };
  /** The coordinator's comment on a return. */
  comment?: string | null | undefined;
}

export interface Notifier {
  /** Mails those `recipientsOf` the change chooses, in the background; returns at once. */
  assessmentChanged(change: AssessmentChange): void;
  /**
   * Mails the reminders due today in every open round with a deadline; resolves with how many
   * cities were reminded.
   */
  sendDueReminders(): Promise<number>;
  /** Resolves once every mail started so far has been sent or has failed. */
  settled(): Promise<void>;
}

type Recipient = Account & NotificationRecipient;

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/** `at`'s calendar date in `timeZone`, as `YYYY-MM-DD`. */
export function dateIn(timeZone: string, at: Date): string {
  // Swedish writes dates as ISO 8601 does.
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short' }).format(at);
}

export function createNotifier(options: NotifierOptions): Notifier {
  const { store, appUrl } = options;
  const pending = new Set<Promise<unknown>>();

  function track<T>(work: Promise<T>): Promise<T> {
    pending.add(work);
    void work.finally(() => pending.delete(work)).catch(() => undefined);
    return work;
  }

  function link(path: string): string {
    return new URL(path, appUrl).toString();
  }

  /** Everyone, as the rules of src/domain/notifications.ts read them. */
  async function recipients(): Promise<Recipient[]> {
    return (await store.listAccounts()).map((account) => ({
      ...account,
      active: account.status === 'active',
    }));
  }

  /** Mails each person theirs, in their language; answers whether every mail went. */
  async function mailEach(
    people: readonly Recipient[],
    compose: (person: Recipient) => NotificationMailText,
  ): Promise<boolean> {
    const results = await Promise.allSettled(
      people.flatMap((person) =>
        person.email === null
          ? []
          : [options.mailer.send(notificationMail(person.email, person.language, compose(person)))],
      ),
    );
    for (const result of results) {
      if (result.status === 'rejected') options.onError(asError(result.reason));
    }
    return results.every((result) => result.status === 'fulfilled');
  }

  async function notifyChange({ kind, assessment, actor, comment }: AssessmentChange) {
    const notice: AssessmentNotice = { kind, cityId: assessment.cityId, actorId: actor.id };
    const [people, city, round] = await Promise.all([
      recipients(),
      store.getCity(assessment.cityId),
      store.getRound(assessment.roundId),
    ]);
    if (!city || !round) return;
    const address = link(paths.assessment(assessment.id));
    await mailEach(recipientsOf(notice, people), ({ language, name }) => {
      const values = {
        name,
        actor: actor.name,
        city: cityDisplayName(city, language),
        year: String(round.year),
        link: address,
        comment: comment ?? '',
      };
      return {
        subjectKey: `${kind}Subject`,
        bodyKey: kind === 'returned' && comment ? `${kind}BodyWithComment` : `${kind}Body`,
        values,
        settingsLink: link(paths.settings),
      };
    });
  }

  async function remind(): Promise<number> {
    const rounds = (await store.listRounds()).filter(
      (round): round is typeof round & { deadline: string } =>
        round.status === 'open' && typeof round.deadline === 'string',
    );
    if (rounds.length === 0) return 0;
    const [people, cities] = await Promise.all([recipients(), store.listCities()]);
    let mailed = 0;
    for (const round of rounds) {
      const [assessments, sent] = await Promise.all([
        store.listAssessments({ scope: { kind: 'all' }, roundId: round.id }),
        store.listSentReminders(round.id),
      ]);
      const due = dueReminders({
        roundId: round.id,
        deadline: round.deadline,
        today: options.today(),
        expectedCityIds: cities
          .filter((city) => !city.archived && isCityInRound(city, round))
          .map((city) => city.id),
        statusByCity: new Map(
          assessments.map((assessment) => [assessment.cityId, assessment.status]),
        ),
        daysBefore: options.reminderDaysBefore,
        sent,
      });
      const cityById = new Map(cities.map((city) => [city.id, city]));
      for (const reminder of due) {
        const recipients = reminderRecipients(reminder.cityId, people);
        const city = cityById.get(reminder.cityId);
        if (recipients.length === 0 || !city) continue;
        const claimed = await store.claimReminders(reminder.record);
        if (claimed.length === 0) continue;
        const deadline = new Date(`${round.deadline}T12:00:00Z`);
        const delivered = await mailEach(recipients, ({ language, name }) => {
          const values = {
            name,
            city: cityDisplayName(city, language),
            year: String(round.year),
            deadline: new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
              dateStyle: 'long',
              timeZone: 'UTC',
            }).format(deadline),
            count: reminder.daysLeft,
            link: link(paths.city(city.id, round.id)),
          };
          return {
            subjectKey: reminder.daysLeft === 0 ? 'reminderSubjectToday' : 'reminderSubject',
            bodyKey: 'reminderBody',
            values,
            settingsLink: link(paths.settings),
          };
        });
        if (delivered) mailed += 1;
        else await store.releaseReminders(claimed);
      }
    }
    return mailed;
  }

  return {
    assessmentChanged(change) {
      track(notifyChange(change)).catch((error: unknown) => {
        options.onError(asError(error));
      });
    },
    sendDueReminders: () => track(remind()),
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
