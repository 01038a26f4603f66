/**
 * The contract of user administration (docs/api.md, "Users") and of `GET /session/options`,
 * on every store: called from `describeApiContract`. Targets here run without accounts (no
 * mail: `mailed` is false); the server with accounts is tested in accounts-server.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { contractClient, errorCode, fieldErrorKeys, type ContractTarget } from './contract-client';

const roles = {
  coordinator: 'claire-coordinator',
  member: 'lotte-ghent',
  viewer: 'sam-viewer',
} as const;
type Role = keyof typeof roles;

const invitation = {
  name: 'Nora Jansen',
  email: 'Nora@Example.org',
  role: 'member',
  cityId: 'ghent',
  language: 'de',
};

/** `target()` answers the suite's target once its beforeAll has started it. */
export function describeUsersContract(target: () => ContractTarget) {
  describe('users and their administration', () => {
    const tokens = {} as Record<Role, string>;
    const api = () => contractClient(target());

    beforeEach(async () => {
      for (const role of Object.keys(roles) as Role[]) {
        tokens[role] = await api().signIn(roles[role]);
      }
    });

    function expectError(answer: { status: number; body: unknown }, status: number, code: string) {
      expect({
        status: answer.status,
        code: errorCode({ ...answer, headers: new Headers() }),
      }).toEqual({ status, code });
    }

    it('tells the sign-in page which ways of signing in there are', async () => {
      const answer = await api().call('GET', '/session/options');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ accounts: false, demoSignIn: true });
    });

    it('lists users with their account details, for coordinators only', async () => {
      const list = await api().call('GET', '/users', { token: tokens.coordinator });
      expect(list.status).toBe(200);
      expect(list.body).toContainEqual({
        id: 'lotte-ghent',
        name: 'Lotte Peeters',
        role: 'member',
        cityId: 'ghent',
        email: null,
        status: 'active',
        language: 'en',
        notificationsEnabled: true,
      });
      expectError(await api().call('GET', '/users'), 401, 'unauthenticated');
      expectError(await api().call('GET', '/users', { token: tokens.member }), 403, 'forbidden');
      expectError(await api().call('GET', '/users', { token: tokens.viewer }), 403, 'forbidden');
    });

    it('invites a person, who can then be picked on the demo sign-in', async () => {
      const invited = await api().call('POST', '/users', {
        token: tokens.coordinator,
        json: invitation,
      });
      expect(invited.status).toBe(201);
      const user = (invited.body as { user: { id: string } }).user;
      expect(invited.body).toEqual({
        mailed: false,
        user: {
          id: user.id,
          name: 'Nora Jansen',
          role: 'member',
          cityId: 'ghent',
          email: 'nora@example.org',
          status: 'invited',
          language: 'de',
          notificationsEnabled: true,
        },
      });
      const picker = await api().call('GET', '/session/demo-users');
      expect(picker.body).toContainEqual(
        expect.objectContaining({ id: user.id, cityName: 'Ghent' }),
      );
      const again = await api().call('POST', '/users', {
        token: tokens.coordinator,
        json: { ...invitation, email: 'nora@example.ORG' },
      });
      expectError(again, 409, 'already_exists');
      const resent = await api().call('POST', `/users/${user.id}/invitation`, {
        token: tokens.coordinator,
      });
      expect(resent.status).toBe(200);
      // Both actions are in the audit log, newest first, by the coordinator.
      const audit = await api().call('GET', '/audit', { token: tokens.coordinator });
      const entries = (audit.body as { entries: Record<string, unknown>[] }).entries;
      expect(entries.slice(0, 2)).toMatchObject([
        {
          action: 'user.reinvite',
          actorId: roles.coordinator,
          target: { kind: 'user', id: user.id },
        },
        { action: 'user.invite', before: null, after: { email: 'nora@example.org' } },
      ]);
    });

    it('refuses invitations from others, and bad ones with field errors, adding no one', async () => {
      for (const role of ['member', 'viewer'] as const) {
        expectError(
          await api().call('POST', '/users', { token: tokens[role], json: invitation }),
          403,
          'forbidden',
        );
      }
      expectError(await api().call('POST', '/users', { json: invitation }), 401, 'unauthenticated');
      const bad = await api().call('POST', '/users', {
        token: tokens.coordinator,
        json: { ...invitation, email: 'not an address', language: 'it', extra: 1 },
      });
      expect(bad.status).toBe(400);
      expect(fieldErrorKeys(bad)).toEqual(['email', 'extra', 'language']);
      const cityless = await api().call('POST', '/users', {
        token: tokens.coordinator,
        json: { ...invitation, cityId: null },
      });
      expect(fieldErrorKeys(cityless)).toEqual(['cityId']);
      const viewerWithCity = await api().call('POST', '/users', {
        token: tokens.coordinator,
        json: { ...invitation, role: 'viewer' },
      });
      expect(fieldErrorKeys(viewerWithCity)).toEqual(['cityId']);
      const list = await api().call('GET', '/users', { token: tokens.coordinator });
      expect(JSON.stringify(list.body)).not.toContain('Nora');
    });

    it('changes a role and city, for coordinators only', async () => {
      const change = { role: 'member', cityId: 'helsinki' };
      for (const role of ['member', 'viewer'] as const) {
        expectError(
          await api().call('PATCH', '/users/lotte-ghent', { token: tokens[role], json: change }),
          403,
          'forbidden',
        );
      }
      const changed = await api().call('PATCH', '/users/lotte-ghent', {
        token: tokens.coordinator,
        json: change,
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ id: 'lotte-ghent', cityId: 'helsinki' });
      const session = await api().call('GET', '/session', { token: tokens.member });
      expect(session.body).toMatchObject({ user: { cityId: 'helsinki' } });
      const unknownCity = await api().call('PATCH', '/users/lotte-ghent', {
        token: tokens.coordinator,
        json: { role: 'member', cityId: 'atlantis' },
      });
      expect(fieldErrorKeys(unknownCity)).toEqual(['cityId']);
      expectError(
        await api().call('PATCH', '/users/nobody', { token: tokens.coordinator, json: change }),
        404,
        'not_found',
      );
    });

    it('deactivates a user: their session ends at once and they cannot sign in again', async () => {
      expectError(
        await api().call('POST', '/users/lotte-ghent/deactivation', { token: tokens.viewer }),
        403,
        'forbidden',
      );
      const done = await api().call('POST', '/users/lotte-ghent/deactivation', {
        token: tokens.coordinator,
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ status: 'deactivated' });
      const audit = await api().call('GET', '/audit?limit=1', { token: tokens.coordinator });
      expect(audit.body).toMatchObject({
        entries: [
          {
            action: 'user.deactivate',
            before: { status: 'active' },
            after: { status: 'deactivated' },
          },
        ],
      });
      expectError(
        await api().call('GET', '/session', { token: tokens.member }),
        401,
        'unauthenticated',
      );
      const signIn = await api().call('POST', '/session', { json: { userId: 'lotte-ghent' } });
      expectError(signIn, 403, 'forbidden');
      // Nor is a deactivated person offered on the demo's picker.
      const picker = (await api().call('GET', '/session/demo-users')).body as { id: string }[];
      expect(picker.map(({ id }) => id)).not.toContain('lotte-ghent');
      expect(picker.map(({ id }) => id)).toContain('claire-coordinator');
      expectError(
        await api().call('POST', '/users/claire-coordinator/deactivation', {
          token: tokens.coordinator,
        }),
        403,
        'forbidden',
      );
      expectError(
        await api().call('POST', '/users/lotte-ghent/invitation', { token: tokens.coordinator }),
        409,
        'status_conflict',
      );
    });

    it('lets each person read their account and turn notifications by e-mail off and on', async () => {
      for (const role of Object.keys(roles) as Role[]) {
        const own = await api().call('GET', '/session/account', { token: tokens[role] });
        expect(own.body).toMatchObject({ id: roles[role], notificationsEnabled: true });
      }
      const off = await api().call('PUT', '/session/account/notifications', {
        token: tokens.member,
        json: { notificationsEnabled: false },
      });
      expect(off.body).toMatchObject({ id: roles.member, notificationsEnabled: false });
      const list = await api().call('GET', '/users', { token: tokens.coordinator });
      expect(list.body).toContainEqual(
        expect.objectContaining({ id: roles.member, notificationsEnabled: false }),
      );
      const bad = await api().call('PUT', '/session/account/notifications', {
        token: tokens.member,
        json: { notificationsEnabled: 'no', email: 'x@example.org' },
      });
      expect(fieldErrorKeys(bad)).toEqual(['email', 'notificationsEnabled']);
      expectError(
        await api().call('PUT', '/session/account/notifications', {
          json: { notificationsEnabled: false },
        }),
        401,
        'unauthenticated',
      );
    });

    it('signs out everywhere', async () => {
      const second = await api().signIn(roles.member);
      const out = await api().call('DELETE', '/sessions', { token: tokens.member });
      expect(out.status).toBe(204);
      expectError(await api().call('GET', '/session', { token: second }), 401, 'unauthenticated');
      expect((await api().call('GET', '/session', { token: tokens.viewer })).status).toBe(200);
    });
  });
}
