/**
 * Where focus goes after an action whose control is gone, so it never drops to <body>.
 * `useFocusLater` moves it once the next render is on screen: for a control that the action
 * brings back (a Cancel that swaps a form for the button that opened it), which does not exist
 * yet when the action runs. `useFocusFirstError` moves it to a refused form's first error.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** Returns `focusLater(id)`: focus the element with that id after the coming render. */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}

/**
 * After a refused submit (`errors` set anew, or `failed` turned on): focus on the form's first
 * error, its summary (`.form-error`) or an invalid field. On load there is none, so nothing
 * takes focus.
 */
export function useFocusFirstError(
  form: RefObject<HTMLFormElement | null>,
  errors: unknown,
  failed: boolean,
) {
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('.form-error, [aria-invalid="true"]')?.focus();
  }, [form, errors, failed]);
}
