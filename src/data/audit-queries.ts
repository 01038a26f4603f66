/** The audit log, read a page at a time (newest first), and read whole for an export. */
import { infiniteQueryOptions, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { AUDIT_PAGE_MAX, type AuditEntry } from '../domain/audit';
import type { DataSource } from './data-source';
import { useDataSource } from './data-source-context';
import { queryKeys } from './query-keys';

/** Entries a page of the audit log page shows. */
const PAGE_SIZE = 50;

export const auditQueries = {
  pages: (dataSource: DataSource) =>
    infiniteQueryOptions({
      queryKey: queryKeys.audit(),
      queryFn: ({ pageParam }) =>
        dataSource.listAuditEntries({
          limit: PAGE_SIZE,
          ...(pageParam === null ? {} : { before: pageParam }),
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.next,
    }),
};

/** The pages of the audit log read so far, and how to read the next (older) one. */
export function useAuditLog() {
  return useSuspenseInfiniteQuery(auditQueries.pages(useDataSource()));
}

/** Every entry of the audit log, newest first, read in the largest pages the API gives. */
export async function readWholeAuditLog(dataSource: DataSource): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let before: string | null = null;
  do {
    const page = await dataSource.listAuditEntries({
      limit: AUDIT_PAGE_MAX,
      ...(before === null ? {} : { before }),
    });
    entries.push(...page.entries);
    before = page.next;
  } while (before !== null);
  return entries;
}
