/**
 * The form that creates a round: its year and deadline, checked by the server's rules before
 * sending; a refusal (a round for the year exists) is shown by its field. It says what it did
 * under its own button, where the coordinator is looking (the page's message is a screen away),
 * and moves focus there, or to the errors when refused.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateRound } from '../../data/admin-mutations';
import { createRoundRequestSchema } from '../../domain/round';
import { formatYear } from '../../lib/format';
import { useFocusFirstError } from '../../lib/use-focus-later';
import { AdminField } from './admin-field';
import { fieldErrorsOf, formFailureOf, noFailure } from '../../components/form-errors';
import { deadlineBeforeYearErrors, roundFieldMessage } from '../../components/field-messages';
import { AdminStatus, type AdminStatusState } from '../../components/admin-status';

/**
 * `status`: this form's message, which the page clears when another action starts; `onStart`:
 * the coordinator submits (the page's message about another action goes).
 */
export function RoundCreateForm({
  status,
  onStart,
}: {
  status: AdminStatusState;
  onStart: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateRound();
  const [year, setYear] = useState('');
  const [deadline, setDeadline] = useState('');
  const [failure, setFailure] = useState(noFailure);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, failure, false);

  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    onStart();
    // A year that is not a number is NaN, which the server's rules refuse as its field.
    const request = {
      year: /^\d+$/.test(year.trim()) ? Number(year.trim()) : Number.NaN,
      deadline: deadline.trim() || null,
    };
    const messageOf = roundFieldMessage(t, request);
    const fields = {
      ...deadlineBeforeYearErrors(t, request.year, request.deadline),
      ...fieldErrorsOf(createRoundRequestSchema, request, messageOf),
    };
    if (Object.keys(fields).length > 0) {
      setFailure({ fields, form: t('admin.fieldErrorsIntro') });
      return;
    }
    setFailure(noFailure);
    create.mutate(request, {
      onSuccess: (round) => {
        setYear('');
        setDeadline('');
        status.say(t('adminRounds.create.created', { year: formatYear(round.year) }));
      },
      onError: (error) => {
        setFailure(formFailureOf(error, t, messageOf));
      },
    });
  };

  return (
    <form
      ref={form}
      className="admin-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="round-create-title"
    >
      <h2 id="round-create-title">{t('adminRounds.create.title')}</h2>
      {failure.form && (
        <p className="form-error" role="alert" tabIndex={-1}>
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
      <AdminStatus message={status.message} statusRef={status.ref} />
    </form>
  );
}
