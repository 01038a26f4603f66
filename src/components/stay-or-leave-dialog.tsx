/**
 * "Stay, or go ahead and lose something?": a non-modal alert dialog whose safe choice (stay) has
 * focus when it opens, so Enter or Space never discards anything by accident.
 */
import { useEffect, useRef } from 'react';

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
}: StayOrLeaveDialogProps) {
  const stayButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    stayButton.current?.focus();
  }, []);
  return (
    <div
      className={className}
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
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
    </div>
  );
}
