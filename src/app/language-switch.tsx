/**
 * The header's language switch: a native select, so keyboards, screen readers and phones
 * already know it. Each language is offered by its own name, marked up in that language, so a
 * person finds theirs whatever the page is in. The choice is remembered in this browser.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseUiLanguage } from '../lib/i18n';
import { isUiLanguage, languageAutonyms, uiLanguages } from '../lib/language';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [failed, setFailed] = useState(false);
  // The pseudo-locale is English underneath; the switch then offers English as current.
  const current = isUiLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={current}
        aria-describedby={failed ? `${id}-error` : undefined}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isUiLanguage(chosen)) return;
          setFailed(false);
          chooseUiLanguage(chosen).catch(() => {
            setFailed(true);
          });
        }}
      >
        {uiLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageAutonyms[language]}
          </option>
        ))}
      </select>
      {failed && (
        <p id={`${id}-error`} className="language-switch__error" role="alert">
          {t('app.languageFailed')}
        </p>
      )}
    </div>
  );
}
