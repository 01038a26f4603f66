/** How a field and its value read in words: for the error summary, the conflict view and the history. */
import type { TFunction } from 'i18next';
import {
  isAssessmentFieldKey,
  parseFieldKey,
  type AssessmentFieldKey,
  type FieldValue,
} from '../../domain/assessment-fields';
import {
  keyTrends,
  ratingValueSchema,
  targetGroupIdSchema,
  trendStatusSchema,
} from '../../domain/charter';
import { formatList } from '../../lib/format';

export function fieldLabel(t: TFunction, key: AssessmentFieldKey): string {
  const parsed = parseFieldKey(key);
  if (parsed.section === 'targetGroups') return t('editor.targetGroupsLegend');
  if (parsed.section === 'ratings') {
    return t('editor.fieldLabel.commitment', {
      id: parsed.commitmentId,
      part: t(`editor.parts.${parsed.part}`),
    });
  }
  const number = keyTrends.find((trend) => trend.id === parsed.trendId)?.number ?? 0;
  return t('editor.fieldLabel.trend', { number, part: t(`editor.parts.${parsed.part}`) });
}

/** A label for an error path from anywhere: a field's label, or "the assessment" as a whole. */
export function errorPathLabel(t: TFunction, key: string): string {
  return isAssessmentFieldKey(key) ? fieldLabel(t, key) : t('editor.wholeAssessment');
}

export function formatFieldValue(t: TFunction, key: AssessmentFieldKey, value: FieldValue): string {
  if (value === null || value === '' || (typeof value === 'object' && value.length === 0)) {
    return t('editor.emptyValue');
  }
  if (typeof value === 'object') {
    if (key === 'targetGroups') {
      return formatList(
        value.map((group) => {
          const parsed = targetGroupIdSchema.safeParse(group);
          return parsed.success ? t(`targetGroups.${parsed.data}`) : group;
        }),
      );
    }
    return formatList(value);
  }
  const parsed = parseFieldKey(key);
  if (parsed.section === 'ratings' && parsed.part === 'rating') {
    const rating = ratingValueSchema.safeParse(value);
    if (rating.success) return t(`ratings.${rating.data}.label`);
  }
  if (parsed.section === 'trends' && parsed.part === 'status') {
    const status = trendStatusSchema.safeParse(value);
    if (status.success) return t(`trendStatus.${status.data}`);
  }
  return value;
}
