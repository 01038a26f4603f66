/**
 * Adding or editing a signatory city: its English name, country, coordinates, when it signed
 * (unknown, a year, or a span of years), its names in other languages and which of them are
 * its own, and a source note. The server's field errors appear next to their fields, and what
 * was typed stays.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../domain/city';
import { useCreateCity, useUpdateCity } from '../../data/admin-mutations';
import { formatLanguage } from '../../lib/format';
import { AdminField } from './admin-field';
import { formFailureOf, noFailure, type FormFailure } from '../../components/form-errors';
import {
  cityRequestOf,
  formValuesOf,
  type CityFormValues,
  type SigningKind,
} from './city-form-values';
import { cityFieldMessage } from '../../components/field-messages';

/** Whether Intl can name the language (it throws on a code that is not well formed). */
function isLanguageCode(text: string): boolean {
  return /^[a-z]{2,3}$/.test(text);
}

interface CityFormProps {
  /** The city to edit, or null to add one. */
  city: City | null;
  /** The city was saved (`created` for a new one); or the form was left. */
  onDone: (saved: City | null, created: boolean) => void;
}

export function CityForm({ city, onDone }: CityFormProps) {
  const { t } = useTranslation();
  const create = useCreateCity();
  const update = useUpdateCity();
  const [values, setValues] = useState(() => formValuesOf(city));
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const nextKey = useRef(values.names.length);
  const heading = useRef<HTMLHeadingElement>(null);
  const formError = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    if (failure.form) formError.current?.focus();
  }, [failure]);
  const pending = create.isPending || update.isPending;
  const set =
    <Key extends keyof CityFormValues>(key: Key) =>
    (value: CityFormValues[Key]) => {
      setValues((current) => ({ ...current, [key]: value }));
    };
  const errors = (path: string) => failure.fields[path];
  const messageOf = cityFieldMessage(t);
  const prefix = city ? `city-${city.id}` : 'city-new';

  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    const made = cityRequestOf(values, messageOf);
    if ('errors' in made) {
      setFailure({ fields: made.errors, form: t('admin.fieldErrorsIntro') });
      return;
    }
    setFailure(noFailure);
    const handlers = {
      onError: (error: unknown) => {
        setFailure(formFailureOf(error, t, messageOf));
      },
    };
    if (city) {
      update.mutate(
        { cityId: city.id, request: made.request },
        {
          ...handlers,
          onSuccess: (saved) => {
            onDone(saved, false);
          },
        },
      );
    } else {
      create.mutate(made.request, {
        ...handlers,
        onSuccess: (saved) => {
          onDone(saved, true);
        },
      });
    }
  };

  const updateRow = (key: number, change: Partial<CityFormValues['names'][number]>) => {
    set('names')(values.names.map((row) => (row.key === key ? { ...row, ...change } : row)));
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`} ref={heading} tabIndex={-1}>
        {city
          ? t('adminCities.form.editTitle', { city: city.name })
          : t('adminCities.form.addTitle')}
      </h2>
      {failure.form && (
        <p className="form-error" role="alert" ref={formError} tabIndex={-1}>
          {failure.form}
        </p>
      )}
      <AdminField
        id={`${prefix}-name`}
        label={t('adminCities.form.name')}
        value={values.name}
        onChange={set('name')}
        required
        errors={errors('name')}
      />
      <AdminField
        id={`${prefix}-country`}
        label={t('adminCities.form.country')}
        hint={t('adminCities.form.countryHint')}
        value={values.countryCode}
        onChange={set('countryCode')}
        required
        errors={errors('countryCode')}
        className="admin-field--narrow"
      />
      <fieldset>
        <legend>{t('adminCities.form.coordinatesHint')}</legend>
        <div className="admin-form__row">
          <AdminField
            id={`${prefix}-lat`}
            label={t('adminCities.form.lat')}
            value={values.lat}
            onChange={set('lat')}
            inputMode="decimal"
            required
            errors={errors('coordinates.lat')}
            className="admin-field--narrow"
          />
          <AdminField
            id={`${prefix}-lon`}
            label={t('adminCities.form.lon')}
            value={values.lon}
            onChange={set('lon')}
            inputMode="decimal"
            required
            errors={errors('coordinates.lon')}
            className="admin-field--narrow"
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('adminCities.form.signing')}</legend>
        <ul className="choice-list">
          {(['unknown', 'year', 'range'] as const satisfies readonly SigningKind[]).map((kind) => (
            <li key={kind}>
              <label>
                <input
                  type="radio"
                  name={`${prefix}-signing`}
                  checked={values.signing === kind}
                  onChange={() => {
                    set('signing')(kind);
                  }}
                />
                {t(
                  `adminCities.form.${({ unknown: 'signingUnknown', year: 'signingYear', range: 'signingRange' } as const)[kind]}`,
                )}
              </label>
            </li>
          ))}
        </ul>
        {values.signing !== 'unknown' && (
          <div className="admin-form__row">
            <AdminField
              id={`${prefix}-earliest`}
              label={
                values.signing === 'year'
                  ? t('adminCities.form.year')
                  : t('adminCities.form.earliestYear')
              }
              value={values.earliestYear}
              onChange={set('earliestYear')}
              inputMode="numeric"
              errors={errors('signed.earliestYear')}
              className="admin-field--narrow"
            />
            {values.signing === 'range' && (
              <AdminField
                id={`${prefix}-latest`}
                label={t('adminCities.form.latestYear')}
                value={values.latestYear}
                onChange={set('latestYear')}
                inputMode="numeric"
                errors={errors('signed.latestYear')}
                className="admin-field--narrow"
              />
            )}
          </div>
        )}
        {errors('signed') && <p className="field-error">{errors('signed')?.join(' ')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('adminCities.form.otherNames')}</legend>
        <p className="hint">{t('adminCities.form.otherNamesHint')}</p>
        {values.names.map((row, index) => {
          const rowId = `${prefix}-names-${String(row.key)}`;
          const rowErrors = [...(errors(`names.${row.language.trim()}`) ?? [])];
          return (
            <div
              key={row.key}
              className="admin-name-row"
              role="group"
              aria-label={t('adminCities.form.nameRow', { number: index + 1 })}
            >
              <AdminField
                id={`${rowId}-language`}
                label={t('adminCities.form.language')}
                hint={t('adminCities.form.languageHint')}
                value={row.language}
                onChange={(language) => {
                  updateRow(row.key, { language });
                }}
                errors={rowErrors}
                className="admin-field--narrow"
              />
              <AdminField
                id={`${rowId}-name`}
                label={t('adminCities.form.nameInLanguage')}
                value={row.name}
                onChange={(name) => {
                  updateRow(row.key, { name });
                }}
              />
              <label className="choice">
                <input
                  type="checkbox"
                  checked={row.local}
                  onChange={(event) => {
                    updateRow(row.key, { local: event.target.checked });
                  }}
                />
                {t('adminCities.form.local')}
              </label>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  set('names')(values.names.filter((other) => other.key !== row.key));
                }}
              >
                {isLanguageCode(row.language.trim())
                  ? t('adminCities.form.removeName', {
                      language: formatLanguage(row.language.trim()),
                    })
                  : t('adminCities.form.removeRow', { number: index + 1 })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            const key = nextKey.current;
            nextKey.current += 1;
            set('names')([...values.names, { key, language: '', name: '', local: false }]);
          }}
        >
          {t('adminCities.form.addName')}
        </button>
        <label className="choice">
          <input
            type="checkbox"
            checked={values.englishLocal}
            onChange={(event) => {
              set('englishLocal')(event.target.checked);
            }}
          />
          {t('adminCities.form.englishLocal')}
        </label>
        {(errors('localLanguages') ?? errors('names')) && (
          <p className="field-error">
            {[...(errors('localLanguages') ?? []), ...(errors('names') ?? [])].join(' ')}
          </p>
        )}
      </fieldset>
      <AdminField
        id={`${prefix}-source`}
        label={t('adminCities.form.sourceNote')}
        hint={t('adminCities.form.sourceNoteHint')}
        value={values.sourceNote}
        onChange={set('sourceNote')}
        multiline
        errors={errors('sourceNote')}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending
            ? t('admin.saving')
            : city
              ? t('adminCities.form.save')
              : t('adminCities.form.create')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onDone(null, false);
          }}
        >
          {t('adminCities.form.cancel')}
        </button>
      </div>
    </form>
  );
}
