/**
 * The form that creates a round: its year and deadline, checked by the server's rules before
 * sending; a refusal (a round for the year exists) is shown by its field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateRound } from '../../data/admin-mutations';
import { createRoundRequestSchema } from '../../domain/round';
import { AdminField } from './admin-field';
import { fieldErrorsOf, formFailureOf, noFailure } from '../../components/form-errors';
import { roundFieldMessage } from '../../components/field-messages';

/** `onCreated`: the round was created (the page announces it). */
export function RoundCreateForm({ onCreated }: { onCreated: (year: number) => void }) {
  const { t } = useTranslation();
  const create = useCreateRound();
  const [year, setYear] = useState('');
  const [deadline, setDeadline] = useState('');
  const [failure, setFailure] = useState(noFailure);

  const messageOf = roundFieldMessage(t);

  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    // A year that is not a number is NaN, which the server's rules refuse as its field.
    const request = {
      year: /^\d+$/.test(year.trim()) ? Number(year.trim()) : Number.NaN,
      deadline: deadline.trim() || null,
    };
    const fields = fieldErrorsOf(createRoundRequestSchema, request, messageOf);
    if (Object.keys(fields).length > 0) {
      setFailure({ fields, form: t('admin.fieldErrorsIntro') });
      return;
    }
    setFailure(noFailure);
    create.mutate(request, {
      onSuccess: (round) => {
        setYear('');
        setDeadline('');
        onCreated(round.year);
      },
      onError: (error) => {
        setFailure(formFailureOf(error, t, messageOf));
      },
    });
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="round-create-title">
      <h2 id="round-create-title">{t('adminRounds.create.title')}</h2>
      {failure.form && (
        <p className="form-error" role="alert">
          {failure.form}
        </p>
      )}
      <div className="admin-form__row">
        <AdminField
          id="round-year"
          label={t('adminRounds.fields.year')}
          hint={t('adminRounds.fields.yearHint')}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          required
          errors={failure.fields.year}
          className="admin-field--narrow"
        />
        <AdminField
          id="round-deadline"
          label={t('adminRounds.fields.deadline')}
          hint={t('adminRounds.fields.deadlineHint')}
          type="date"
          value={deadline}
          onChange={setDeadline}
          errors={failure.fields.deadline}
        />
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? t('admin.saving') : t('adminRounds.create.submit')}
      </button>
    </form>
  );
}
