/**
 * Administration of users, for coordinators: the list (name, e-mail, role, city, status),
 * inviting a person, sending an invitation again, changing a role or city, deactivating (after
 * a confirming dialog). On the demo no mail goes out: the page says the person can be picked on
 * the demo sign-in page instead.
 */
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { StayOrLeaveDialog } from '../../components/stay-or-leave-dialog';
import { TableScroll } from '../../components/table-scroll';
import {
  useChangeAccount,
  useDeactivateAccount,
  useInviteUser,
  useResendInvitation,
} from '../../data/account-mutations';
import { useAccounts, useCities, useSession } from '../../data/query-hooks';
import { invitationRequestSchema, type Account, type MailLanguage } from '../../domain/account';
import type { FieldErrors } from '../../domain/api-error';
import { userRoleSchema, type UserRole } from '../../domain/user';
import { sortByCityName } from '../../domain/city-names';
import { languageAutonyms, uiLanguages } from '../../lib/language';
import { useCityName } from '../../lib/use-city-name';
import { fieldErrorsOf, formFailureOf } from '../../components/form-errors';
import { personFieldMessage } from '../../components/field-messages';
import { useFocusFirstError, useFocusLater } from '../../lib/use-focus-later';
import { AdminStatus, useAdminStatus, type AdminStatusState } from '../../components/admin-status';

const roles = userRoleSchema.options;

/** The page, under the administration layout, which lets only coordinators in. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const status = useAdminStatus();
  const inviteStatus = useAdminStatus();
  // The table reports into the message above it, the invitation form into one under itself,
  // where the coordinator is; one outcome is on screen at a time.
  const startAction = () => {
    status.clear();
    inviteStatus.clear();
  };
  return (
    <>
      <PageHeading title={t('adminUsers.title')} />
      <p className="lead">{t('adminUsers.intro')}</p>
      <AdminStatus message={status.message} statusRef={status.ref} />
      <UsersTable status={status} onStart={startAction} />
      <InviteForm status={inviteStatus} onStart={startAction} />
    </>
  );
}

/**
 * The cities a member can be given, named and sorted in the reader's language: those not
 * archived, and `keepCityId` (a person's current city) even when it is.
 */
function useCityChoices(keepCityId: string | null) {
  const { i18n } = useTranslation();
  const nameOf = useCityName();
  const choices = useCities().filter((city) => !city.archived || city.id === keepCityId);
  return sortByCityName(choices, i18n.language).map((city) => ({
    id: city.id,
    name: nameOf(city),
  }));
}

/** Role and city pickers; the city only for a member. */
function RoleAndCity({
  idPrefix,
  role,
  cityId,
  keepCityId = null,
  cityError,
  onChange,
}: {
  idPrefix: string;
  /** A city offered even when archived: the person's current one. */
  keepCityId?: string | null;
  role: UserRole;
  cityId: string;
  /** The city's error message, if any. */
  cityError: string | undefined;
  onChange: (role: UserRole, cityId: string) => void;
}) {
  const { t } = useTranslation();
  const cities = useCityChoices(keepCityId);
  return (
    <>
      <div className="form-field">
        <label htmlFor={`${idPrefix}-role`}>{t('adminUsers.role')}</label>
        <select
          id={`${idPrefix}-role`}
          value={role}
          onChange={(event) => {
            onChange(userRoleSchema.parse(event.target.value), cityId);
          }}
        >
          {roles.map((option) => (
            <option key={option} value={option}>
              {t(`users.roles.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {role === 'member' && (
        <div className="form-field">
          <label htmlFor={`${idPrefix}-city`}>{t('adminUsers.city')}</label>
          <select
            id={`${idPrefix}-city`}
            value={cityId}
            aria-invalid={cityError !== undefined}
            aria-describedby={cityError === undefined ? undefined : `${idPrefix}-city-error`}
            onChange={(event) => {
              onChange(role, event.target.value);
            }}
          >
            <option value="">{t('adminUsers.chooseCity')}</option>
            {cities.map((city) => (
              <option key={city.id} value={city.id}>
                {city.name}
              </option>
            ))}
          </select>
          {cityError !== undefined && (
            <p id={`${idPrefix}-city-error`} className="field-error">
              {cityError}
            </p>
          )}
        </div>
      )}
    </>
  );
}

type InviteErrors = Partial<Record<'name' | 'email' | 'cityId', string>>;

/** The invitation's field errors the form shows, one message each, from paths to messages. */
function inviteErrorsOf(fields: FieldErrors): InviteErrors {
  const { name, email, cityId } = fields;
  return {
    ...(name?.[0] === undefined ? {} : { name: name[0] }),
    ...(email?.[0] === undefined ? {} : { email: email[0] }),
    ...(cityId?.[0] === undefined ? {} : { cityId: cityId[0] }),
  };
}

function InviteForm({ status, onStart }: { status: AdminStatusState; onStart: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const invite = useInviteUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>('member');
  const [cityId, setCityId] = useState('');
  const [language, setLanguage] = useState<MailLanguage>(
    uiLanguages.find((option) => option === i18n.language) ?? 'en',
  );
  const [errors, setErrors] = useState<InviteErrors>({});
  const messageOf = personFieldMessage(t, email);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors, invite.isError);

  function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    onStart();
    const request = {
      name: name.trim(),
      email: email.trim(),
      role,
      cityId: role === 'member' ? cityId || null : null,
      language,
    };
    const found = inviteErrorsOf({
      ...fieldErrorsOf(invitationRequestSchema, request, messageOf),
      // The server's rule (a member needs a city) is checked here too, with the others.
      ...(role === 'member' && cityId === ''
        ? { cityId: [messageOf('cityId', 'validation_failed')] }
        : {}),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    invite.mutate(request, {
      onSuccess: (result) => {
        status.say(
          t(result.mailed ? 'adminUsers.invitedMailed' : 'adminUsers.invitedDemo', {
            name: result.user.name,
            email: result.user.email ?? '',
          }),
        );
        setName('');
        setEmail('');
      },
      onError: (error) => {
        setErrors(inviteErrorsOf(formFailureOf(error, t, messageOf).fields));
      },
    });
  }

  const field = (key: 'name' | 'email', type: string, value: string, set: (v: string) => void) => (
    <div className="form-field">
      <label htmlFor={`${id}-${key}`}>{t(`adminUsers.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={value}
        autoComplete="off"
        aria-invalid={errors[key] !== undefined}
        aria-describedby={errors[key] === undefined ? undefined : `${id}-${key}-error`}
        onChange={(event) => {
          set(event.target.value);
        }}
      />
      {errors[key] !== undefined && (
        <p id={`${id}-${key}-error`} className="field-error">
          {errors[key]}
        </p>
      )}
    </div>
  );

  const otherError = invite.isError && Object.keys(errors).length === 0;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('adminUsers.inviteTitle')}</h2>
      <form ref={form} onSubmit={handleSubmit} noValidate>
        {field('name', 'text', name, setName)}
        {field('email', 'email', email, setEmail)}
        <RoleAndCity
          idPrefix={id}
          role={role}
          cityId={cityId}
          cityError={errors.cityId}
          onChange={(nextRole, nextCity) => {
            setRole(nextRole);
            setCityId(nextCity);
          }}
        />
        <div className="form-field">
          <label htmlFor={`${id}-language`}>{t('adminUsers.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(event) => {
              setLanguage(uiLanguages.find((option) => option === event.target.value) ?? 'en');
            }}
          >
            {uiLanguages.map((option) => (
              <option key={option} value={option} lang={option}>
                {languageAutonyms[option]}
              </option>
            ))}
          </select>
        </div>
        {otherError && (
          <p className="form-error" role="alert" tabIndex={-1}>
            {t('adminUsers.failed')}
          </p>
        )}
        <button type="submit" className="button" disabled={invite.isPending}>
          {invite.isPending ? t('adminUsers.inviting') : t('adminUsers.invite')}
        </button>
        <AdminStatus message={status.message} statusRef={status.ref} />
      </form>
    </section>
  );
}

function UsersTable({ status, onStart }: { status: AdminStatusState; onStart: () => void }) {
  const { t } = useTranslation();
  const captionId = useId();
  const focusLater = useFocusLater();
  const failed = () => {
    status.say(t('adminUsers.failed'), { failed: true });
  };
  const accounts = useAccounts();
  const { user: me } = useSession();
  const nameOf = useCityName();
  const cityName = new Map(useCities().map((city) => [city.id, nameOf(city)]));
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Account | null>(null);
  const resend = useResendInvitation();
  const deactivate = useDeactivateAccount();

  return (
    <>
      {confirming !== null && (
        <StayOrLeaveDialog
          id="deactivate-dialog"
          className="confirm"
          title={t('adminUsers.deactivateTitle', { name: confirming.name })}
          text={t('adminUsers.deactivateText', { name: confirming.name })}
          stayLabel={t('adminUsers.keep')}
          leaveLabel={t('adminUsers.confirmDeactivate')}
          onStay={() => {
            setConfirming(null);
          }}
          onLeave={() => {
            const account = confirming;
            setConfirming(null);
            deactivate.mutate(account.id, {
              onSuccess: () => {
                status.say(t('adminUsers.deactivated', { name: account.name }));
              },
              onError: failed,
            });
          }}
          fallbackFocus={status.ref}
        />
      )}
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('adminUsers.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adminUsers.name')}</th>
              <th scope="col">{t('adminUsers.email')}</th>
              <th scope="col">{t('adminUsers.role')}</th>
              <th scope="col">{t('adminUsers.city')}</th>
              <th scope="col">{t('adminUsers.status')}</th>
              <th scope="col">{t('adminUsers.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td>{account.email ?? t('adminUsers.noEmail')}</td>
                <td>{t(`users.roles.${account.role}`)}</td>
                <td>
                  {account.cityId === null
                    ? t('adminUsers.noCity')
                    : (cityName.get(account.cityId) ?? account.cityId)}
                </td>
                <td>{t(`adminUsers.statuses.${account.status}`)}</td>
                <td>
                  {editing === account.id ? (
                    <EditAccount
                      account={account}
                      onClose={(message) => {
                        setEditing(null);
                        if (message === null) focusLater(`edit-account-${account.id}`);
                        else status.say(message);
                      }}
                    />
                  ) : (
                    account.status !== 'deactivated' && (
                      <div className="button-row">
                        {account.status === 'invited' && (
                          <button
                            type="button"
                            className="button button--secondary"
                            disabled={resend.isPending}
                            onClick={() => {
                              onStart();
                              resend.mutate(account.id, {
                                onSuccess: (result) => {
                                  status.say(
                                    t(
                                      result.mailed
                                        ? 'adminUsers.resentMailed'
                                        : 'adminUsers.resentDemo',
                                      { name: account.name, email: account.email ?? '' },
                                    ),
                                    // The button stays: focus stays on it, the message is read out.
                                    { focus: false },
                                  );
                                },
                                onError: failed,
                              });
                            }}
                          >
                            {t('adminUsers.resend')}
                          </button>
                        )}
                        {/* Named from the visible label on (WCAG 2.5.3), then whose row it is. */}
                        <button
                          id={`edit-account-${account.id}`}
                          type="button"
                          className="button button--secondary"
                          onClick={() => {
                            onStart();
                            setEditing(account.id);
                          }}
                        >
                          {t('adminUsers.edit')}{' '}
                          <span className="visually-hidden">
                            {t('adminUsers.editFor', { name: account.name })}
                          </span>
                        </button>
                        {account.id !== me.id && (
                          <button
                            type="button"
                            className="button button--danger"
                            onClick={() => {
                              onStart();
                              setConfirming(account);
                            }}
                          >
                            {t('adminUsers.deactivate')}{' '}
                            <span className="visually-hidden">{account.name}</span>
                          </button>
                        )}
                      </div>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function EditAccount({
  account,
  onClose,
}: {
  account: Account;
  onClose: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangeAccount();
  const [role, setRole] = useState<UserRole>(account.role);
  const [cityId, setCityId] = useState(account.cityId ?? '');
  const [cityError, setCityError] = useState<string | undefined>(undefined);
  const messageOf = personFieldMessage(t);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, cityError, change.isError);
  useEffect(() => {
    // The form replaces the button that opened it: focus starts on its first field.
    form.current?.querySelector('select')?.focus();
  }, []);

  function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (role === 'member' && cityId === '') {
      setCityError(messageOf('cityId', 'validation_failed'));
      return;
    }
    change.mutate(
      { userId: account.id, change: { role, cityId: role === 'member' ? cityId : null } },
      {
        onSuccess: (saved) => {
          onClose(
            t('adminUsers.saved', { name: saved.name, role: t(`users.roles.${saved.role}`) }),
          );
        },
        onError: (error) => {
          setCityError(inviteErrorsOf(formFailureOf(error, t, messageOf).fields).cityId);
        },
      },
    );
  }

  return (
    <form
      ref={form}
      onSubmit={handleSubmit}
      noValidate
      aria-label={t('adminUsers.editTitle', { name: account.name })}
    >
      <RoleAndCity
        idPrefix={id}
        role={role}
        cityId={cityId}
        keepCityId={account.cityId}
        cityError={cityError}
        onChange={(nextRole, nextCity) => {
          setRole(nextRole);
          setCityId(nextCity);
          setCityError(undefined);
        }}
      />
      {change.isError && cityError === undefined && (
        <p className="form-error" role="alert" tabIndex={-1}>
          {t('adminUsers.failed')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={change.isPending}>
          {t('adminUsers.save')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onClose(null);
          }}
        >
          {t('adminUsers.cancel')}
        </button>
      </div>
    </form>
  );
}
