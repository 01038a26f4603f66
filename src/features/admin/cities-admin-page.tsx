/**
 * Signatory cities for coordinators: the list (search by any of a city's names; archived ones
 * on request), a form to add a city or edit one, and archiving after a confirmation. A city is
 * never deleted: archiving keeps its past results readable.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { SigningPeriodText } from '../../components/signing-period-text';
import { StayOrLeaveDialog } from '../../components/stay-or-leave-dialog';
import type { City } from '../../domain/city';
import { sortByCityName } from '../../domain/city-names';
import { citySearchForms, searchableText, searchFormsInclude } from '../../domain/city-search';
import { useSetCityArchived } from '../../data/admin-mutations';
import { useCities } from '../../data/query-hooks';
import { formatCountry } from '../../lib/format';
import { useCityName } from '../../lib/use-city-name';
import { useFocusLater } from '../../lib/use-focus-later';
import { formFailureOf } from '../../components/form-errors';
import { AdminStatus, useAdminStatus } from '../../components/admin-status';
import { CityForm } from './city-form';

/** The form shown: adding a city, editing one (by id), or none. */
type Editing = { kind: 'add' } | { kind: 'edit'; cityId: string } | null;

export function CitiesAdminPage() {
  const { t, i18n } = useTranslation();
  const cities = useCities();
  const nameOf = useCityName();
  const setArchived = useSetCityArchived();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<City | null>(null);
  const status = useAdminStatus();
  const focusLater = useFocusLater();

  const needle = searchableText(query.trim());
  const shown = sortByCityName(
    cities.filter(
      (city) =>
        (showArchived || !city.archived) &&
        (needle === '' || searchFormsInclude(citySearchForms(city), needle)),
    ),
    i18n.language,
  );
  const editedCity =
    editing?.kind === 'edit' ? cities.find((city) => city.id === editing.cityId) : undefined;

  const changeArchive = (city: City, archived: boolean) => {
    setArchiving(null);
    setArchived.mutate(
      { cityId: city.id, archived },
      {
        onSuccess: () => {
          status.say(
            t(archived ? 'adminCities.archivedNotice' : 'adminCities.unarchivedNotice', {
              city: nameOf(city),
            }),
          );
        },
        onError: (error) => {
          status.say(formFailureOf(error, t).form ?? t('admin.failed'), { failed: true });
        },
      },
    );
  };

  return (
    <>
      <PageHeading title={t('adminCities.title')} />
      <p className="lead">{t('adminCities.intro')}</p>
      <AdminStatus message={status.message} statusRef={status.ref} />
      {editing ? (
        <CityForm
          key={editing.kind === 'edit' ? editing.cityId : 'new'}
          city={editedCity ?? null}
          onDone={(saved, created) => {
            setEditing(null);
            if (saved) {
              status.say(
                t(created ? 'adminCities.created' : 'adminCities.updated', { city: nameOf(saved) }),
              );
            } else {
              // Cancel: back to the button that opened the form.
              focusLater(
                editing.kind === 'edit' ? `edit-city-${editing.cityId}` : 'add-city-button',
              );
            }
          }}
        />
      ) : (
        <button
          id="add-city-button"
          type="button"
          className="button"
          onClick={() => {
            status.clear();
            setEditing({ kind: 'add' });
          }}
        >
          {t('adminCities.add')}
        </button>
      )}
      {archiving && (
        <StayOrLeaveDialog
          id="archive-city"
          className="leave-dialog"
          title={t('adminCities.confirmArchiveTitle', { city: nameOf(archiving) })}
          text={t('adminCities.confirmArchiveText', { city: nameOf(archiving) })}
          stayLabel={t('adminCities.keep')}
          leaveLabel={t('adminCities.confirmArchive')}
          onStay={() => {
            setArchiving(null);
          }}
          onLeave={() => {
            changeArchive(archiving, true);
          }}
          fallbackFocus={status.ref}
        />
      )}
      <div className="admin-filters">
        <div className="admin-field">
          <label htmlFor="admin-city-search">{t('adminCities.search')}</label>
          <input
            id="admin-city-search"
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
          />
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => {
              setShowArchived(event.target.checked);
            }}
          />
          {t('adminCities.showArchived')}
        </label>
      </div>
      <p role="status">{t('adminCities.countShown', { count: shown.length })}</p>
      <DataTable
        caption={t('adminCities.tableCaption')}
        columns={[
          { id: 'city', header: t('adminCities.columns.city') },
          { id: 'country', header: t('adminCities.columns.country') },
          { id: 'signed', header: t('adminCities.columns.signed') },
          { id: 'status', header: t('adminCities.columns.status') },
          { id: 'actions', header: t('adminCities.columns.actions') },
        ]}
        rows={shown.map((city) => {
          const name = nameOf(city);
          return {
            id: city.id,
            cells: [
              name,
              formatCountry(city.countryCode),
              <SigningPeriodText key="signed" period={city.signed} />,
              city.archived ? t('adminCities.archivedStatus') : t('adminCities.active'),
              <div key="actions" className="button-row admin-actions">
                <button
                  id={`edit-city-${city.id}`}
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    status.clear();
                    setEditing({ kind: 'edit', cityId: city.id });
                  }}
                >
                  {t('adminCities.edit', { city: name })}
                </button>
                {city.archived ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={setArchived.isPending}
                    onClick={() => {
                      status.clear();
                      changeArchive(city, false);
                    }}
                  >
                    {t('adminCities.unarchive', { city: name })}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--danger button--small"
                    disabled={setArchived.isPending}
                    onClick={() => {
                      status.clear();
                      setArchiving(city);
                    }}
                  >
                    {t('adminCities.archive', { city: name })}
                  </button>
                )}
              </div>,
            ],
          };
        })}
      />
    </>
  );
}
