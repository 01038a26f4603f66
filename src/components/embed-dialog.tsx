/**
 * "Embed this chart": the iframe snippet to paste into another site, with a Copy button. A
 * non-modal dialog (nothing is at stake, unlike the confirmations): the snippet has focus,
 * selected, when it opens, so Ctrl+C copies it at once; Escape or Close returns focus to what
 * opened it. Copying can be refused (an insecure page, a denied permission): then the
 * snippet is selected and the status says to copy it by hand.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface EmbedDialogProps {
  /** The HTML to paste. */
  snippet: string;
  onClose: () => void;
}

type CopyState = 'idle' | 'copied' | 'refused';

export function EmbedDialog({ snippet, onClose }: EmbedDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const snippetId = useId();
  const hintId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  useEffect(() => {
    // Whatever had focus when the dialog opened (the menu's button) gets it back on closing.
    const opener = document.activeElement;
    snippetField.current?.focus();
    snippetField.current?.select();
    return () => {
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyState('copied');
    } catch {
      snippetField.current?.focus();
      snippetField.current?.select();
      setCopyState('refused');
    }
  }

  // Escape from any of the dialog's controls closes it (listened for on the document, as the
  // dialog itself is not a control).
  useEffect(() => {
    const closeOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !dialog.current?.contains(event.target as Node)) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [onClose]);

  return (
    <div
      ref={dialog}
      className="embed-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={hintId}
    >
      <h3 id={titleId}>{t('embed.dialogTitle')}</h3>
      <p id={hintId}>{t('embed.hint')}</p>
      <label htmlFor={snippetId}>{t('embed.snippetLabel')}</label>
      <textarea
        ref={snippetField}
        id={snippetId}
        className="embed-dialog__snippet"
        readOnly
        rows={5}
        value={snippet}
      />
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            void copy();
          }}
        >
          {t('embed.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('embed.close')}
        </button>
      </div>
      <p className="embed-dialog__status" role="status">
        {copyState === 'copied' && t('embed.copied')}
        {copyState === 'refused' && t('embed.copyRefused')}
      </p>
    </div>
  );
}
