/**
 * A person's account as coordinators administer it: the user, with the e-mail address they sign
 * in with, where their account stands, the language their mail is written in and whether they
 * want notifications by e-mail.
 */
import { graphemeLength } from './text-length';
import { userRoleSchema, userSchema, type User } from './user';
import { z } from './zod';

export const accountStatusSchema = z.enum(['invited', 'active', 'deactivated']);
/**
 * `invited`: an invitation is out, no password yet; `active`: may sign in; `deactivated`: may
 * not sign in again, and every session of theirs has ended.
 */
export type AccountStatus = z.infer<typeof accountStatusSchema>;

export const mailLanguageSchema = z.enum(['en', 'fr', 'de']);
/** The language a person's mail is written in. */
export type MailLanguage = z.infer<typeof mailLanguageSchema>;

export const accountSchema = z.extend(userSchema, {
  /** Lower case; null for a seeded demo user who never had an address. */
  email: z.nullable(z.string()),
  status: accountStatusSchema,
  language: mailLanguageSchema,
  notificationsEnabled: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

/** What a seeded user without account details has: active, no address, English, notified. */
export function accountOf(
  user: User,
  details: Partial<Pick<Account, 'email' | 'status' | 'language' | 'notificationsEnabled'>> = {},
): Account {
  return {
    ...user,
    email: details.email ?? null,
    status: details.status ?? 'active',
    language: details.language ?? 'en',
    notificationsEnabled: details.notificationsEnabled ?? true,
  };
}

/** The user part of an account, as sessions and the rest of the API carry it. */
export function userOfAccount({ id, name, role, cityId }: Account): User {
  return { id, name, role, cityId };
}

/** An e-mail address as compared and stored: trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Deliberately loose: one @, something on each side, a dot in the domain; the mail decides. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const emailSchema = z.string().check(
  z.maxLength(254),
  z.refine((value) => emailPattern.test(value.trim()), 'Enter an e-mail address'),
);

/** The longest name of a person, in characters as a reader counts them. */
export const PERSON_NAME_MAX_LENGTH = 120;

const nameSchema = z.string().check(
  z.trim(),
  z.refine((value) => value !== '', 'Enter a name'),
  z.refine(
    (value) => graphemeLength(value) <= PERSON_NAME_MAX_LENGTH,
    `At most ${String(PERSON_NAME_MAX_LENGTH)} characters`,
  ),
);

export const invitationRequestSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  role: userRoleSchema,
  /** Required for a member, null for other roles. */
  cityId: z.nullable(z.string()),
  language: mailLanguageSchema,
});
/** A coordinator's invitation of a new person (`POST /users`). */
export type InvitationRequest = z.infer<typeof invitationRequestSchema>;

export const accountChangeSchema = z.strictObject({
  role: userRoleSchema,
  cityId: z.nullable(z.string()),
});
/** A coordinator's change of someone's role and city (`PATCH /users/:id`). */
export type AccountChange = z.infer<typeof accountChangeSchema>;

/** What `POST /users` and `POST /users/:id/invitation` answer. */
export const invitationResultSchema = z.object({
  user: accountSchema,
  /** False where no mail goes out (the demo): the person is then chosen on the demo sign-in. */
  mailed: z.boolean(),
});
export type InvitationResult = z.infer<typeof invitationResultSchema>;

/** The shortest password accepted, in graphemes (what a person counts as characters). */
export const MIN_PASSWORD_LENGTH = 12;
/** The longest: scrypt hashes anything, but a megabyte "password" is only a way to load us. */
export const MAX_PASSWORD_LENGTH = 256;

export const passwordSchema = z.string().check(
  z.refine(
    (value) => graphemeLength(value) >= MIN_PASSWORD_LENGTH,
    `At least ${String(MIN_PASSWORD_LENGTH)} characters`,
  ),
  z.refine(
    (value) => graphemeLength(value) <= MAX_PASSWORD_LENGTH,
    `At most ${String(MAX_PASSWORD_LENGTH)} characters`,
  ),
);

export const passwordSignInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});
export const invitationAcceptanceSchema = z.strictObject({
  token: z.string().check(z.minLength(1), z.maxLength(200)),
  password: passwordSchema,
});
export const emailRequestSchema = z.strictObject({ email: emailSchema });
export const linkSignInSchema = z.strictObject({
  token: z.string().check(z.minLength(1), z.maxLength(200)),
});
export const passwordResetSchema = z.strictObject({
  token: z.string().check(z.minLength(1), z.maxLength(200)),
  password: passwordSchema,
});

export const notificationChoiceSchema = z.strictObject({ notificationsEnabled: z.boolean() });
/** A person's own choice of notifications by e-mail (`PUT /session/account/notifications`). */
export type NotificationChoice = z.infer<typeof notificationChoiceSchema>;

/** What the sign-in page needs to know of the server (`GET /session/options`). */
export const sessionOptionsSchema = z.object({
  /** Accounts with passwords and e-mailed links, in a cookie session. */
  accounts: z.boolean(),
  /** The demo's picker of seeded users (bearer token). */
  demoSignIn: z.boolean(),
});
export type SessionOptions = z.infer<typeof sessionOptionsSchema>;

/**
 * Why an account change is refused, or null: a member needs an existing city, other roles
 * none. `cityExists` answers for the city given.
 */
export function cityProblem(
  role: User['role'],
  cityId: string | null,
  cityExists: boolean,
): string | null {
  if (role === 'member') {
    if (cityId === null) return 'A member needs a city';
    if (!cityExists) return `No city with id ${cityId}`;
    return null;
  }
  return cityId === null ? null : 'Only a member has a city';
}
