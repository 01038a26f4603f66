/** Which groups of residents the city's measures reach. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentFieldKey, FieldValue } from '../../domain/assessment-fields';
import { targetGroupIds, type TargetGroupId } from '../../domain/charter';
import { describedBy, FieldError } from './field-error';
import { fieldId } from './field-ids';

const field: AssessmentFieldKey = 'targetGroups';

export const TargetGroupsField = memo(function TargetGroupsField({
  selected,
  errors,
  onChange,
}: {
  selected: readonly TargetGroupId[];
  errors: readonly string[] | undefined;
  onChange: (field: AssessmentFieldKey, value: FieldValue) => void;
}) {
  const { t } = useTranslation();
  const optionId = (index: number) =>
    index === 0 ? fieldId(field) : `${fieldId(field)}-${String(index)}`;
  return (
    <fieldset className="target-groups-field">
      <legend>{t('editor.targetGroupsLegend')}</legend>
      {targetGroupIds.map((group, index) => (
        <div key={group} className="choice">
          <input
            type="checkbox"
            id={optionId(index)}
            checked={selected.includes(group)}
            onChange={(event) => {
              const next = event.target.checked
                ? targetGroupIds.filter((id) => id === group || selected.includes(id))
                : selected.filter((id) => id !== group);
              onChange(field, next);
            }}
            {...describedBy(field, errors)}
          />
          <label htmlFor={optionId(index)}>{t(`targetGroups.${group}`)}</label>
        </div>
      ))}
      <FieldError field={field} messages={errors} />
    </fieldset>
  );
});
