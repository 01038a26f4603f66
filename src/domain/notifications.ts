/**
 * Who is told of what by e-mail (issue 14, "Notifications by e-mail"): a submission tells the
 * coordinators; a return or an approval tells the city's members; before a round's deadline, a
 * reminder goes to the members of each expected city that has not submitted. Pure rules: the
 * server sends what these functions choose.
 */
import type { AssessmentStatus } from './assessment';
import type { UserRole } from './user';

/** A person as notifications see them: whether and where they can be written to. */
export interface NotificationRecipient {
  id: string;
  role: UserRole;
  cityId: string | null;
  /** Null for a user without an address (the demo's seeded users). */
  email: string | null;
  /** False once the person turned notifications off in their settings. */
  notificationsEnabled: boolean;
  /** Only active people are written to: not the invited, not the deactivated. */
  active: boolean;
}

/** A change of an assessment's status that someone is told of. */
export type AssessmentNotice =
  | { kind: 'submitted'; cityId: string; actorId: string }
  | { kind: 'returned' | 'approved'; cityId: string; actorId: string };

function reachable(person: NotificationRecipient): boolean {
  return person.active && person.notificationsEnabled && person.email !== null;
}

/**
 * The people told of `notice`, in the order given: for a submission every coordinator, for a
 * return or an approval the city's members. Never the person who made the change (they know),
 * nor anyone inactive, without an address or with notifications off.
 */
export function recipientsOf<Person extends NotificationRecipient>(
  notice: AssessmentNotice,
  people: readonly Person[],
): Person[] {
  return people.filter(
    (person) =>
      reachable(person) &&
      person.id !== notice.actorId &&
      (notice.kind === 'submitted'
        ? person.role === 'coordinator'
        : person.role === 'member' && person.cityId === notice.cityId),
  );
}

/** The members of a city that a reminder goes to. */
export function reminderRecipients<Person extends NotificationRecipient>(
  cityId: string,
  people: readonly Person[],
): Person[] {
  return people.filter(
    (person) => reachable(person) && person.role === 'member' && person.cityId === cityId,
  );
}

/**
 * Statuses at which a city has handed its assessment in; a returned one is back with the city
 * and needs handing in again, so it is reminded like a draft.
 */
const HANDED_IN: ReadonlySet<AssessmentStatus> = new Set(['submitted', 'approved']);

/** A reminder recorded as sent: one per round, city and number of days before the deadline. */
export interface SentReminder {
  roundId: string;
  cityId: string;
  daysBefore: number;
}

/** What `dueReminders` looks at for one open round. */
export interface ReminderSituation {
  roundId: string;
  /** The round's last day, `YYYY-MM-DD`; reminders are counted in whole days before it. */
  deadline: string;
  /** Today, `YYYY-MM-DD`, in the same calendar as the deadline. */
  today: string;
  /** The cities expected to answer the round (`isCityInRound`, not archived). */
  expectedCityIds: readonly string[];
  /** The status of each expected city's assessment; a city without one is absent. */
  statusByCity: ReadonlyMap<string, AssessmentStatus>;
  /** Days before the deadline at which to remind, e.g. [14, 3] (configuration). */
  daysBefore: readonly number[];
  sent: readonly SentReminder[];
}

/** A reminder to send now: `record` lists every reminder this one stands for. */
export interface DueReminder {
  cityId: string;
  /** Whole days left until the deadline, 0 on its last day. */
  daysLeft: number;
  record: SentReminder[];
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The reminders due today: for each expected city that has not handed in, the configured
 * reminders whose day has come (and the deadline not passed) that were not sent yet. A city
 * gets one mail even when two reminders fell due together (after a restart, say): both are
 * recorded so neither is sent again. Cities in the order given.
 */
export function dueReminders(situation: ReminderSituation): DueReminder[] {
  const daysLeft = daysBetween(situation.today, situation.deadline);
  if (daysLeft < 0) return [];
  const sentKeys = new Set(
    situation.sent
      .filter((reminder) => reminder.roundId === situation.roundId)
      .map((reminder) => `${reminder.cityId}/${String(reminder.daysBefore)}`),
  );
  const reached = [...new Set(situation.daysBefore)].filter((days) => days >= daysLeft);
  return situation.expectedCityIds.flatMap((cityId) => {
    const status = situation.statusByCity.get(cityId);
    if (status !== undefined && HANDED_IN.has(status)) return [];
    const record = reached
      .filter((days) => !sentKeys.has(`${cityId}/${String(days)}`))
      .map((days) => ({ roundId: situation.roundId, cityId, daysBefore: days }));
    return record.length > 0 ? [{ cityId, daysLeft, record }] : [];
  });
}
