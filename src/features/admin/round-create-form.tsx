/** The form that creates a round: its year and deadline; the server's errors by each field. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateRound } from '../../data/admin-mutations';
import { AdminField } from './admin-field';
import { formFailureOf, noFailure } from './admin-errors';

/** `onCreated`: the round was created (the page announces it). */
export function RoundCreateForm({ onCreated }: { onCreated: (year: number) => void }) {
  const { t } = useTranslation();
  const create = useCreateRound();
  const [year, setYear] = useState('');
  const [deadline, setDeadline] = useState('');
  const [failure, setFailure] = useState(noFailure);

  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setFailure(noFailure);
    // A year that is not a number is sent as typed: the server names the field at fault.
    const request = { year: /^\d+$/.test(year) ? Number(year) : year, deadline: deadline || null };
    create.mutate(request as { year: number; deadline: string | null }, {
      onSuccess: (round) => {
        setYear('');
        setDeadline('');
        onCreated(round.year);
      },
      onError: (error) => {
        setFailure(formFailureOf(error, t));
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
