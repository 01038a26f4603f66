/** Evidence links: a list with remove buttons, and an input that refuses anything but http(s). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentId } from '../../domain/charter';
import type { AssessmentFieldKey } from '../../domain/assessment-fields';
import { checkEvidenceLink } from './content-validation';
import { describedBy, FieldError } from './field-error';
import { fieldId } from './field-ids';

interface EvidenceLinksFieldProps {
  commitmentId: CommitmentId;
  links: readonly string[];
  /** What is typed in the address input but not added yet (kept on this device by autosave). */
  address: string;
  errors: readonly string[] | undefined;
  onChange: (field: AssessmentFieldKey, value: readonly string[]) => void;
  onAddressChange: (field: AssessmentFieldKey, text: string) => void;
}

export function EvidenceLinksField({
  commitmentId,
  links,
  address,
  errors,
  onChange,
  onAddressChange,
}: EvidenceLinksFieldProps) {
  const { t } = useTranslation();
  const field: AssessmentFieldKey = `ratings.${commitmentId}.links`;
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = fieldId(field);
  const hintId = `${id}-hint`;
  const messages = refusal === null ? errors : [refusal, ...(errors ?? [])];

  function addLink() {
    const problem = checkEvidenceLink(address, links);
    setRefusal(problem);
    if (problem !== null) return;
    onChange(field, [...links, address.trim()]);
    onAddressChange(field, '');
  }

  return (
    <div className="form-field evidence-links">
      {links.length > 0 && (
        <ul aria-label={t('editor.links.listLabel', { id: commitmentId })}>
          {links.map((link) => (
            <li key={link}>
              <a href={link} target="_blank" rel="noreferrer noopener">
                {link}
                <span className="visually-hidden"> {t('app.opensInNewTab')}</span>
              </a>{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => {
                  onChange(
                    field,
                    links.filter((existing) => existing !== link),
                  );
                }}
              >
                {t('editor.links.remove')}
                <span className="visually-hidden"> {link}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>{t('editor.links.addLabel', { id: commitmentId })}</label>
      <p id={hintId} className="hint">
        {t('editor.links.hint')}
      </p>
      <div className="inline-input">
        <input
          id={id}
          type="url"
          inputMode="url"
          value={address}
          onChange={(event) => {
            onAddressChange(field, event.target.value);
            setRefusal(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              addLink();
            }
          }}
          {...describedBy(field, messages, hintId)}
        />
        <button type="button" className="button button--secondary" onClick={addLink}>
          {t('editor.links.add')}
        </button>
      </div>
      <FieldError field={field} messages={messages} />
    </div>
  );
}
