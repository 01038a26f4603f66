/**
 * An administration page's message about the last action (done, or refused), and where focus
 * goes after an action whose control is gone or changed: the message itself, so a keyboard or
 * screen reader user hears the outcome and carries on from there, never from <body>. Nothing
 * takes focus on page load: only a message said with `focus`.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

interface StatusMessage {
  text: string;
  failed: boolean;
  focus: boolean;
}

/** The message, how to say or clear it, and the ref of the element that shows it. */
export function useAdminStatus() {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message?.focus) ref.current?.focus();
  }, [message]);
  return {
    message,
    ref,
    /** Shows `text`; by default a success that takes focus. */
    say: (text: string, { failed = false, focus = true } = {}) => {
      setMessage({ text, failed, focus });
    },
    /** A new action starts: the last outcome, an error above all, no longer applies. */
    clear: () => {
      setMessage(null);
    },
  };
}

/** What `useAdminStatus` gives, for a form that reports into a message its page owns. */
export type AdminStatusState = ReturnType<typeof useAdminStatus>;

export function AdminStatus({
  message,
  statusRef,
}: {
  message: StatusMessage | null;
  statusRef: RefObject<HTMLParagraphElement | null>;
}) {
  return (
    <p
      ref={statusRef}
      tabIndex={-1}
      className={message?.failed ? 'form-error' : 'admin-status'}
      role={message?.failed ? 'alert' : 'status'}
    >
      {message?.text}
    </p>
  );
}
