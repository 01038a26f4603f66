/**
 * The words of the server's mails, from the app's catalogues (src/locales, namespace `mail`),
 * in the recipient's language: plain text, and HTML with the same words and the link.
 */
import { createInstance } from 'i18next';
import type { MailLanguage } from '../../src/domain/account';
import type { UserRole } from '../../src/domain/user';
import de from '../../src/locales/de.json';
import en from '../../src/locales/en.json';
import fr from '../../src/locales/fr.json';
import type { MailMessage } from './mailer';

const translator = createInstance();
void translator.init({
  resources: { en: { translation: en }, fr: { translation: fr }, de: { translation: de } },
  lng: 'en',
  fallbackLng: 'en',
  // Values go into plain text; the HTML version escapes the whole paragraph itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * The catalogue's text at `key`: keys are built from the mail's kind, so they are looked up
 * untyped (the catalogues test checks every language has them).
 */
type Translate = (key: string, values?: Record<string, string>) => string;

function translate(language: MailLanguage): Translate {
  return translator.getFixedT(language) as unknown as Translate;
}

/** The mails accounts send; each names its subject, its paragraphs and its button's words. */
export type AccountMailKind = 'invitation' | 'signInLink' | 'passwordReset';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The mail of `kind` to `to` in `language`, with `link` to follow; `values` fill the
 * catalogue's placeholders (e.g. `inviter`, `role`).
 */
export function accountMail(
  kind: AccountMailKind,
  {
    to,
    language,
    link,
    values = {},
  }: { to: string; language: MailLanguage; link: string; values?: Record<string, string> },
): MailMessage {
  const t = translate(language);
  const paragraphs = [t(`mail.${kind}.body`, values), t(`mail.${kind}.expiry`)];
  const action = t(`mail.${kind}.action`);
  const footer = t('mail.footer');
  const text = [...paragraphs, `${action}: ${link}`, '', footer].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p style="color:#555">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { to, subject: t(`mail.${kind}.subject`), text, html };
}

/** The name of a role in `language`, as the app shows it. */
export function roleName(role: UserRole, language: MailLanguage): string {
  return translate(language)(`users.roles.${role}`);
}

/** A notification's words (namespace `notificationMail`): which texts, and what fills them. */
export interface NotificationMailText {
  subjectKey: string;
  bodyKey: string;
  values: Record<string, string | number>;
  /** The settings page, where the footer says notifications are turned off. */
  settingsLink: string;
}

/**
 * A notification mail to `to` in `language`: the body and the footer as plain text, and as
 * HTML with the same words, each paragraph escaped and its addresses (`values.link`, the
 * settings page) made links.
 */
export function notificationMail(
  to: string,
  language: MailLanguage,
  { subjectKey, bodyKey, values, settingsLink }: NotificationMailText,
): MailMessage {
  const t = translate(language) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const body = t(`notificationMail.${bodyKey}`, values);
  const footer = t('notificationMail.footer', { settings: settingsLink });
  const links = [values.link, settingsLink].filter((link) => typeof link === 'string');
  const paragraphHtml = (paragraph: string) => {
    let html = escapeHtml(paragraph);
    for (const link of links) {
      const escaped = escapeHtml(link);
      html = html.split(escaped).join(`<a href="${escaped}">${escaped}</a>`);
    }
    return html.replace(/\n/g, '<br>');
  };
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    ...body.split('\n\n').map((paragraph) => `<p>${paragraphHtml(paragraph)}</p>`),
    `<p style="color:#555">${paragraphHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return {
    to,
    subject: t(`notificationMail.${subjectKey}`, values),
    text: `${body}\n\n${footer}`,
    html,
  };
}
