/**
 * The administration endpoints of the contract (docs/api.md, "Administration" and "Audit
 * log"), against every target `describeApiContract` runs on: coordinators only, every role
 * checked, every change recorded in the audit log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  contractClient,
  errorCode,
  fieldErrorKeys,
  type Answer,
  type ContractTarget,
} from './contract-client';

const roles = {
  coordinator: 'claire-coordinator',
  member: 'lotte-ghent',
  viewer: 'sam-viewer',
} as const;
type Role = keyof typeof roles;

interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  target: { kind: string; id: string };
  before: unknown;
  after: unknown;
}

interface AuditPage {
  entries: AuditEntry[];
  next: string | null;
}

function expectError(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: errorCode(answer) }).toEqual({ status, code });
}

/**
 * Runs the administration contract on the target `currentTarget` answers (set by
 * `describeApiContract`'s beforeAll, which also resets the data before each test).
 */
export function describeAdministrationContract(currentTarget: () => ContractTarget) {
  describe('administration', () => {
    let api: ReturnType<typeof contractClient>;
    const tokens = {} as Record<Role, string>;

    beforeEach(async () => {
      api = contractClient(currentTarget());
      for (const role of Object.keys(roles) as Role[]) tokens[role] = await api.signIn(roles[role]);
    });

    /** The audit log as a coordinator reads it. */
    async function audit(query = ''): Promise<AuditPage> {
      const answer = await api.call('GET', `/audit${query}`, { token: tokens.coordinator });
      expect(answer.status).toBe(200);
      return answer.body as AuditPage;
    }

    /** Answers 401 to a visitor and 403 to a member and a viewer. */
    async function expectCoordinatorsOnly(method: string, path: string, json?: unknown) {
      const body = json === undefined ? {} : { json };
      expectError(await api.call(method, path, body), 401, 'unauthenticated');
      for (const role of ['member', 'viewer'] as const) {
        expectError(
          await api.call(method, path, { ...body, token: tokens[role] }),
          403,
          'forbidden',
        );
      }
    }

    describe('the audit log', () => {
      it('is read by coordinators only, even with public reading on', async () => {
        await expectCoordinatorsOnly('GET', '/audit');
        const privateApi = contractClient({
          ...currentTarget(),
          baseUrl: currentTarget().privateBaseUrl,
        });
        expectError(await privateApi.call('GET', '/audit'), 401, 'unauthenticated');
        expect(await audit()).toStrictEqual({ entries: [], next: null });
      });

      it('refuses a limit out of range and unknown parameters are ignored', async () => {
        for (const limit of ['0', '201', '-1', '1.5', 'ten']) {
          const answer = await api.call('GET', `/audit?limit=${limit}`, {
            token: tokens.coordinator,
          });
          expectError(answer, 400, 'validation_failed');
          expect(fieldErrorKeys(answer)).toEqual(['limit']);
        }
        expect(await audit('?limit=200&sort=asc')).toStrictEqual({ entries: [], next: null });
      });
    });
  });
}
