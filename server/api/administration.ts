/**
 * What every administrative endpoint shares: only coordinators may call it (401 without a
 * session, 403 for any other role), and each action it takes is recorded in the audit log as
 * an entry made here, by the signed-in coordinator, now.
 */
import type { Context } from 'hono';
import { auditEntryOf, type AuditEntry, type AuditRecord } from '../../src/domain/audit';
import { canAdminister } from '../../src/domain/permissions';
import type { ContractStore } from '../store/contract-store';
import { signedInAs } from './authentication';
import type { ApiEnv } from './create-api';

/** Lets a request through only from a signed-in coordinator: 401 without a session, else 403. */
export function coordinatorOnly(store: ContractStore) {
  return signedInAs(store, canAdminister, 'Only coordinators administer Charter Monitor');
}

/**
 * The audit entry for an action the signed-in user takes now: a new UUID, the time `now`
 * gives, the user as actor. Hand it to the store with the change it records.
 */
export function auditEntryFor(
  context: Context<ApiEnv>,
  now: () => Date,
  record: Omit<AuditRecord, 'actor'>,
): AuditEntry {
  const { id, name } = context.get('user');
  return auditEntryOf({ ...record, actor: { id, name } }, crypto.randomUUID(), now());
}
