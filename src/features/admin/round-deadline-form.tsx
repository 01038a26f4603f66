/** Changing one round's deadline, in place in its row; empty means no deadline. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateRoundRequestSchema, type Round } from '../../domain/round';
import { useUpdateRound } from '../../data/admin-mutations';
import { formatYear } from '../../lib/format';
import { AdminField } from './admin-field';
import { fieldErrorsOf, formFailureOf, noFailure } from '../../components/form-errors';
import { deadlineBeforeYearErrors, roundFieldMessage } from '../../components/field-messages';

interface RoundDeadlineFormProps {
  round: Round;
  onDone: (saved: boolean) => void;
}

export function RoundDeadlineForm({ round, onDone }: RoundDeadlineFormProps) {
  const { t } = useTranslation();
  const update = useUpdateRound();
  const [deadline, setDeadline] = useState(round.deadline ?? '');
  const [failure, setFailure] = useState(noFailure);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);
  const year = formatYear(round.year);

  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    const request = { deadline: deadline.trim() || null };
    const messageOf = roundFieldMessage(t, { year: round.year, deadline: request.deadline });
    const fields = {
      ...deadlineBeforeYearErrors(t, round.year, request.deadline),
      ...fieldErrorsOf(updateRoundRequestSchema, request, messageOf),
    };
    if (Object.keys(fields).length > 0) {
      setFailure({ fields, form: t('admin.fieldErrorsIntro') });
      return;
    }
    setFailure(noFailure);
    update.mutate(
      { roundId: round.id, request },
      {
        onSuccess: () => {
          onDone(true);
        },
        onError: (error) => {
          setFailure(formFailureOf(error, t, messageOf));
        },
      },
    );
  };

  return (
    <form ref={form} className="admin-inline-form" onSubmit={submit} noValidate>
      {failure.form && (
        <p className="form-error" role="alert">
          {failure.form}
        </p>
      )}
      <AdminField
        id={`deadline-${round.id}`}
        label={t('adminRounds.editDeadline', { year })}
        type="date"
        value={deadline}
        onChange={setDeadline}
        errors={failure.fields.deadline}
      />
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={update.isPending}>
          {t('adminRounds.saveDeadline')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            onDone(false);
          }}
        >
          {t('adminRounds.cancel')}
        </button>
      </div>
    </form>
  );
}
