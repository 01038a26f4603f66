/**
 * "Import N assessments?": a modal dialog (the browser's own, so focus stays inside it and
 * Escape cancels), opened with the safe choice, Cancel, focused; on close, focus returns to the
 * button that opened it.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../components/use-modal-dialog';
import { formatList, formatYear } from '../../lib/format';

interface ConfirmImportDialogProps {
  /** Assessments the import creates or changes. */
  count: number;
  roundsToCreate: readonly number[];
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmImportDialog({
  count,
  roundsToCreate,
  onConfirm,
  onCancel,
}: ConfirmImportDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useModalDialog(dialog, cancel);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="confirm-import-title"
      aria-describedby="confirm-import-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-import-title">{t('importRounds.confirm.title', { count })}</h2>
      <p id="confirm-import-text">
        {t('importRounds.confirm.text')}
        {roundsToCreate.length > 0 &&
          ` ${t('importRounds.confirm.rounds', {
            count: roundsToCreate.length,
            years: formatList(roundsToCreate.map(formatYear)),
          })}`}
      </p>
      <div className="button-row">
        <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel}>
          {t('importRounds.confirm.cancel')}
        </button>
        <button type="button" className="button" onClick={onConfirm}>
          {t('importRounds.confirm.import', { count })}
        </button>
      </div>
    </dialog>
  );
}
