/**
 * "Stay, or go ahead and lose something?": a modal alert dialog (the browser's own <dialog>, so
 * the page behind is inert and Escape means stay) whose safe choice (stay) has focus when it
 * opens, so Enter or Space never discards anything by accident. When it closes, focus returns
 * to the control that opened it, or to `fallbackFocus` when that control is gone.
 */
import { useRef, type RefObject } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface StayOrLeaveDialogProps {
  /** Prefix of the element ids that name and describe the dialog. */
  id: string;
  className: string;
  title: string;
  text: string;
  stayLabel: string;
  leaveLabel: string;
  onStay: () => void;
  onLeave: () => void;
  /** Takes focus on close when the opening control is gone (e.g. the page's status message). */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

export function StayOrLeaveDialog({
  id,
  className,
  title,
  text,
  stayLabel,
  leaveLabel,
  onStay,
  onLeave,
  fallbackFocus,
}: StayOrLeaveDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  useModalDialog(dialog, stayButton, fallbackFocus);
  return (
    <dialog
      ref={dialog}
      className={`modal-dialog ${className}`}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        // Escape is the safe choice; the component that owns the dialog removes it.
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="button-row">
        <button ref={stayButton} type="button" className="button" onClick={onStay}>
          {stayLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onLeave}>
          {leaveLabel}
        </button>
      </div>
    </dialog>
  );
}
