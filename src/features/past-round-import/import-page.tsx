/**
 * Import of past rounds, for coordinators (docs/import.md): the file format and its templates,
 * a file field, the dry run's problems or changes, and the import after a confirmation. The
 * chosen file stays chosen through every error, so a coordinator can fix it and check again.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../domain/import-rows';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, type ImportPreview } from '../../domain/import-preview';
import type { ImportFile } from '../../data/data-source';
import { useCommitImport, usePreviewImport } from '../../data/import-mutations';
import { formatCount } from '../../lib/format';
import { ImportFormat } from './import-format';
import { ImportPreviewView } from './import-preview-view';
import { ConfirmImportDialog } from './confirm-import-dialog';
import { useImportErrorText } from './import-error-text';

/** The file as it is sent, by its name's ending; null for any other kind of file. */
function importFileOf(file: File): ImportFile | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return { body: file, type: CSV_MEDIA_TYPE };
  if (name.endsWith('.xlsx')) return { body: file, type: XLSX_MEDIA_TYPE };
  return null;
}

/** The page, under the administration layout, which lets only coordinators in. */
export function ImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('importRounds.title')} />
      <ImportForm />
    </>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const fieldId = useId();
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const errorText = useImportErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  function choose(chosen: File | null) {
    setFile(chosen);
    setFieldError(null);
    preview.reset();
    commit.reset();
  }

  /** The file to send, or null with the field's error said. */
  function checkedFile(): ImportFile | null {
    if (!file) {
      setFieldError(t('importRounds.errors.noFile'));
      return null;
    }
    const importFile = importFileOf(file);
    if (!importFile) {
      setFieldError(t('importRounds.refusals.wrong_type'));
      return null;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setFieldError(t('importRounds.refusals.too_large'));
      return null;
    }
    return importFile;
  }

  function check(event: SyntheticEvent) {
    event.preventDefault();
    commit.reset();
    const importFile = checkedFile();
    if (importFile) preview.mutate(importFile);
  }

  function runImport() {
    const importFile = checkedFile();
    setConfirming(false);
    if (!importFile) return;
    commit.mutate(importFile, {
      onSuccess: () => {
        preview.reset();
      },
    });
  }

  const previewError = preview.error ? errorText(preview.error) : null;
  const shownError = fieldError ?? previewError;
  const errorId = `${fieldId}-error`;
  const hintId = `${fieldId}-hint`;
  const result: ImportPreview | undefined = preview.data;
  const toWrite = result ? result.summary.created + result.summary.changed : 0;

  return (
    <>
      <p className="lead">{t('importRounds.intro')}</p>
      <ImportFormat />
      <section aria-labelledby={`${fieldId}-upload`}>
        <h2 id={`${fieldId}-upload`}>{t('importRounds.upload.title')}</h2>
        <form onSubmit={check} noValidate>
          <p>
            <label htmlFor={fieldId}>{t('importRounds.upload.label')}</label>
          </p>
          <p id={hintId} className="hint">
            {t('importRounds.upload.hint', {
              megabytes: formatCount(IMPORT_MAX_BYTES / 1024 / 1024),
              rows: formatCount(IMPORT_MAX_ROWS),
            })}
          </p>
          <input
            id={fieldId}
            type="file"
            accept={`.csv,.xlsx,${CSV_MEDIA_TYPE},${XLSX_MEDIA_TYPE}`}
            aria-describedby={shownError ? `${hintId} ${errorId}` : hintId}
            aria-invalid={shownError ? true : undefined}
            onChange={(event) => {
              choose(event.target.files?.[0] ?? null);
            }}
          />
          {shownError && (
            <p id={errorId} className="field-error" role="alert">
              {shownError}
            </p>
          )}
          <p className="button-row">
            <button type="submit" className="button" disabled={preview.isPending}>
              {preview.isPending
                ? t('importRounds.upload.checking')
                : t('importRounds.upload.check')}
            </button>
          </p>
        </form>
      </section>
      {result && (
        <ImportPreviewView
          preview={result}
          importing={commit.isPending}
          onImport={() => {
            setConfirming(true);
          }}
        />
      )}
      {confirming && result && (
        <ConfirmImportDialog
          count={toWrite}
          roundsToCreate={result.roundsToCreate}
          onConfirm={runImport}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      )}
      <div role="status" aria-live="polite">
        {commit.data && (
          <p className="import-result">
            {t('importRounds.result.done', {
              created: commit.data.summary.created,
              changed: commit.data.summary.changed,
              unchanged: commit.data.summary.unchanged,
            })}
          </p>
        )}
      </div>
      {commit.error && (
        <p className="form-error" role="alert">
          {errorText(commit.error)}
        </p>
      )}
    </>
  );
}
