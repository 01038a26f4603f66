/**
 * Administration of users, for coordinators (docs/api.md, "Users"): the list, inviting a person
 * by e-mail with a role, sending an invitation again, changing someone's role and city, and
 * deactivating them. The same on the demo (memory store, no mail: the invited person can be
 * picked on the demo sign-in) and on the server (mailed through `accounts`).
 */
import type { Context, Hono } from 'hono';
import {
  accountChangeSchema,
  cityProblem,
  invitationRequestSchema,
  normalizeEmail,
  type Account,
  type InvitationResult,
} from '../../src/domain/account';
import type { AuditAction, AuditEntry } from '../../src/domain/audit';
import type { User } from '../../src/domain/user';
import type { AccountService } from '../accounts/account-service';
import type { ContractStore } from '../store/contract-store';
import { auditEntryFor, coordinatorOnly } from './administration';
import { ApiProblem, validationProblem } from './api-problem';
import type { ApiEnv } from './create-api';
import { parseBody, readJsonBody, refuseAnyBody } from './request-parsing';

export function userRoutes(
  app: Hono<ApiEnv>,
  {
    store,
    accounts,
    createId,
    now,
  }: {
    store: ContractStore;
    accounts: AccountService | undefined;
    createId: () => string;
    now: () => Date;
  },
) {
  const auth = coordinatorOnly(store);

  /** The action's audit entry, the account as it was before and is after. */
  function audit(
    context: Context<ApiEnv>,
    action: AuditAction,
    before: Account | null,
    after: Account,
  ): AuditEntry {
    return auditEntryFor(context, now, {
      action,
      target: { kind: 'user', id: after.id },
      before,
      after,
    });
  }

  async function checkCity(role: User['role'], cityId: string | null) {
    const exists = cityId !== null && (await store.getCity(cityId)) !== null;
    const problem = cityProblem(role, cityId, exists);
    if (problem !== null) throw validationProblem(problem, { cityId: [problem] });
  }

  async function accountOr404(id: string): Promise<Account> {
    const account = await store.getAccount(id);
    if (!account) throw new ApiProblem('not_found', `No user with id ${id}`);
    return account;
  }

  /** Mails the invitation where the server sends mail; says whether it did. */
  async function invite(account: Account, inviter: User): Promise<InvitationResult> {
    if (accounts) await accounts.sendInvitation(account, inviter.name);
    return { user: account, mailed: accounts !== undefined };
  }

  app.get('/users', ...auth, async (context) => {
    return context.json(await store.listAccounts());
  });

  app.post('/users', ...auth, async (context) => {
    const inviter = context.get('user');
    const request = parseBody(invitationRequestSchema, await readJsonBody(context.req.raw));
    await checkCity(request.role, request.cityId);
    const account: Account = {
      id: createId(),
      name: request.name.trim(),
      role: request.role,
      cityId: request.cityId,
      email: normalizeEmail(request.email),
      status: 'invited',
      language: request.language,
      notificationsEnabled: true,
    };
    const invitation = audit(context, 'user.invite', null, account);
    if (!(await store.insertAccount(account, invitation))) {
      throw new ApiProblem('already_exists', 'Someone already has this e-mail address', {
        fieldErrors: { email: ['Someone already has this e-mail address'] },
      });
    }
    return context.json(await invite(account, inviter), 201);
  });

  app.post('/users/:id/invitation', ...auth, async (context) => {
    const inviter = context.get('user');
    await refuseAnyBody(context.req.raw);
    const account = await accountOr404(context.req.param('id'));
    if (account.status !== 'invited') {
      throw new ApiProblem('status_conflict', 'Only a pending invitation can be sent again');
    }
    await store.appendAuditEntry(audit(context, 'user.reinvite', account, account));
    return context.json(await invite(account, inviter));
  });

  app.patch('/users/:id', ...auth, async (context) => {
    const change = parseBody(accountChangeSchema, await readJsonBody(context.req.raw));
    const account = await accountOr404(context.req.param('id'));
    await checkCity(change.role, change.cityId);
    const next: Account = { ...account, role: change.role, cityId: change.cityId };
    await store.updateAccount(next, audit(context, 'user.update', account, next));
    return context.json(next);
  });

  app.post('/users/:id/deactivation', ...auth, async (context) => {
    const coordinator = context.get('user');
    await refuseAnyBody(context.req.raw);
    const account = await accountOr404(context.req.param('id'));
    if (account.id === coordinator.id) {
      throw new ApiProblem('forbidden', 'You cannot deactivate yourself');
    }
    const next: Account = { ...account, status: 'deactivated' };
    await store.updateAccount(next, audit(context, 'user.deactivate', account, next));
    await store.deleteUserSessions(account.id);
    if (accounts) await accounts.endAllSessions(account.id);
    return context.json(next);
  });
}
