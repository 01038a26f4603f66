/** What the page says when an import request fails: a refused file's reason, in words. */
import { useTranslation } from 'react-i18next';
import { importFileRefusalSchema } from '../../domain/import-preview';
import { isApiError } from '../../data/api-error';

export function useImportErrorText(): (error: Error) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!isApiError(error)) return t('importRounds.errors.failed');
    const refusal = importFileRefusalSchema.safeParse(error.reason);
    if (refusal.success) return t(`importRounds.refusals.${refusal.data}`);
    if (error.code === 'version_conflict') return t('importRounds.errors.changedMeanwhile');
    if (error.code === 'validation_failed') return t('importRounds.errors.hasProblems');
    if (error.code === 'forbidden') return t('importRounds.coordinatorsOnly');
    return t('importRounds.errors.failed');
  };
}
