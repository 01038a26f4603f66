import { cityNamesSchema } from './city';
import { z } from './zod';

export const userRoleSchema = z.enum(['member', 'coordinator', 'viewer']);
/** What a person does in the product: keeps one city's assessment, reviews them all, or reads. */
export type UserRole = z.infer<typeof userRoleSchema>;

export const userSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  role: userRoleSchema,
  /** The city a working-group member is responsible for; null for other roles. */
  cityId: z.nullable(z.string()),
});
/** A person signed in to Charter Monitor. */
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  token: z.optional(z.string().check(z.minLength(1))),
  user: userSchema,
});
/**
 * A signed-in session and its user; with the demo sign-in, the bearer token sent with every
 * request; a real account's session travels in a cookie the page cannot read, and has none.
 */
export type Session = z.infer<typeof sessionSchema>;

export const demoSessionSchema = z.object({
  token: z.string().check(z.minLength(1)),
  user: userSchema,
});
/** A session started by the demo sign-in: its bearer token, sent with every request. */
export type DemoSession = z.infer<typeof demoSessionSchema>;

export const signInRequestSchema = z.strictObject({ userId: z.string().check(z.minLength(1)) });
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const demoUserSchema = z.extend(userSchema, {
  /**
   * The member's city, named (its `name` and `names`, as City has them), since the city list
   * itself needs a session; both null for other roles.
   */
  cityName: z.nullable(z.string()),
  cityNames: z.nullable(cityNamesSchema),
});
/** A seeded user offered on the demo sign-in page. */
export type DemoUser = z.infer<typeof demoUserSchema>;
