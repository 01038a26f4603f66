/**
 * What happened to this device's edits without the member doing anything: edits restored from
 * this device when the editor opened, and a newer saved version merged in. Each notice says
 * what is true now (being saved, or saved), so it never contradicts the autosave status.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { AutosaveSnapshot } from './autosave';

export function DraftNotices({ snapshot, userId }: { snapshot: AutosaveSnapshot; userId: string }) {
  const { t } = useTranslation();
  const { restoredFieldCount, lastMerge, status } = snapshot;
  // What is true of the restored changes now: being saved, saved, or held (the status says why).
  const restoredKey =
    status.kind === 'saved'
      ? 'editor.restoredSaved'
      : ['pending', 'saving', 'retrying'].includes(status.kind)
        ? 'editor.restored'
        : 'editor.restoredKept';
  return (
    <>
      {restoredFieldCount > 0 && (
        <p className="notice">{t(restoredKey, { count: restoredFieldCount })}</p>
      )}
      {lastMerge && (
        <p className="notice">
          {t(`editor.merged.${lastMerge.theirs.updatedBy?.id === userId ? 'self' : 'other'}`, {
            name: lastMerge.theirs.updatedBy?.name ?? '',
            version: lastMerge.theirs.version,
            time: formatDateTime(lastMerge.theirs.updatedAt),
            count: lastMerge.takenFromTheirs.length,
          })}
        </p>
      )}
    </>
  );
}
