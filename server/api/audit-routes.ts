/** The audit log (docs/api.md, "Audit log"): coordinators read it, a page at a time. */
import type { Hono } from 'hono';
import { auditPageOf, auditQueryOf, auditQuerySchema } from '../../src/domain/audit';
import type { ContractStore } from '../store/contract-store';
import { coordinatorOnly } from './administration';
import type { ApiEnv } from './create-api';
import { parseQuery } from './request-parsing';

/** `GET /audit?limit=&before=` on `app`: newest first, coordinators only. */
export function auditRoutes(app: Hono<ApiEnv>, { store }: { store: ContractStore }) {
  app.get('/audit', ...coordinatorOnly(store), async (context) => {
    const query = auditQueryOf(parseQuery(context.req.query(), auditQuerySchema));
    // One entry more than the page holds tells whether an older page follows.
    const entries = await store.listAuditEntries({ ...query, limit: query.limit + 1 });
    return context.json(auditPageOf(entries, query.limit));
  });
}
