/**
 * The audit log for coordinators: every administrative change, newest first, a page at a time
 * (when in the reader's locale, who, the action in words, what it changed, the changed fields
 * before and after), and the whole log as a CSV file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { auditFieldChanges, type AuditEntry, type AuditSnapshot } from '../../domain/audit';
import { readWholeAuditLog, useAuditLog } from '../../data/audit-queries';
import { useDataSource } from '../../data/data-source-context';
import { saveFile } from '../../lib/download';
import { formatDateTime } from '../../lib/format';

/** A snapshot's value as one line of text: strings as they are, the rest as JSON. */
function shown(value: AuditSnapshot | undefined, nothing: string): string {
  if (value === undefined || value === null) return nothing;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Kinds of changed things the log names in words; others show their kind as recorded. */
const namedTargets = ['round', 'city', 'user', 'import', 'backup'] as const;
function isNamedTarget(kind: string): kind is (typeof namedTargets)[number] {
  return (namedTargets as readonly string[]).includes(kind);
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const dataSource = useDataSource();
  const log = useAuditLog();
  const entries = log.data.pages.flatMap((page) => page.entries);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  const describeAction = (action: AuditEntry['action']) =>
    t(`audit.actions.${action}`, { defaultValue: action });
  const describeTarget = ({ kind, id }: AuditEntry['target']) =>
    isNamedTarget(kind)
      ? // A backup is named by when it was made (its exportedAt), in the reader's format.
        t(`audit.targets.${kind}`, {
          id: kind === 'backup' && !Number.isNaN(Date.parse(id)) ? formatDateTime(id) : id,
        })
      : t('audit.targets.other', { kind, id });

  const exportCsv = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const [all, { auditCsv }] = await Promise.all([
        readWholeAuditLog(dataSource),
        import('../../lib/export/audit-csv'),
      ]);
      const csv = auditCsv(all, {
        headings: {
          at: t('audit.csv.at'),
          actorName: t('audit.csv.actorName'),
          actorId: t('audit.csv.actorId'),
          action: t('audit.csv.action'),
          actionCode: t('audit.csv.actionCode'),
          targetKind: t('audit.csv.targetKind'),
          targetId: t('audit.csv.targetId'),
          before: t('audit.csv.before'),
          after: t('audit.csv.after'),
        },
        describeAction,
      });
      const day = new Date().toISOString().slice(0, 10);
      saveFile(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        `${t('audit.csv.fileName')}-${day}.csv`,
      );
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeading title={t('audit.title')} />
      <p className="lead">{t('audit.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={exporting}
          onClick={() => {
            void exportCsv();
          }}
        >
          {exporting ? t('audit.exporting') : t('audit.export')}
        </button>
      </div>
      {exportFailed && (
        <p className="form-error" role="alert">
          {t('audit.exportFailed')}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="empty-state">{t('audit.empty')}</p>
      ) : (
        <DataTable
          caption={t('audit.tableCaption')}
          columns={[
            { id: 'at', header: t('audit.columns.at') },
            { id: 'actor', header: t('audit.columns.actor') },
            { id: 'action', header: t('audit.columns.action') },
            { id: 'target', header: t('audit.columns.target') },
            { id: 'change', header: t('audit.columns.change'), userText: true },
          ]}
          rows={entries.map((entry) => ({
            id: entry.id,
            cells: [
              <time key="at" dateTime={entry.at}>
                {formatDateTime(entry.at)}
              </time>,
              entry.actorName,
              describeAction(entry.action),
              describeTarget(entry.target),
              <AuditChange key="change" entry={entry} />,
            ],
          }))}
        />
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={log.isFetchingNextPage}
          onClick={() => {
            void log.fetchNextPage();
          }}
        >
          {log.isFetchingNextPage ? t('audit.loadingMore') : t('audit.more')}
        </button>
      )}
    </>
  );
}

/** The fields an entry changed, each before → after; the snapshots whole when not objects. */
function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const nothing = t('audit.nothing');
  const changes = auditFieldChanges(entry);
  if (changes.length === 0) {
    return (
      <dl className="audit-change">
        <dt>{t('audit.before')}</dt>
        <dd>{shown(entry.before, nothing)}</dd>
        <dt>{t('audit.after')}</dt>
        <dd>{shown(entry.after, nothing)}</dd>
      </dl>
    );
  }
  return (
    <dl className="audit-change">
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{change.field}</dt>
          <dd>
            {entry.before !== null && (
              <>
                <span className="visually-hidden">{t('audit.before')}: </span>
                <del>{shown(change.before, nothing)}</del>
                {' → '}
                <span className="visually-hidden">{t('audit.after')}: </span>
              </>
            )}
            <ins>{shown(change.after, nothing)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
