/**
 * A labelled text input (or text area) with its hint and its error next to it, tied together
 * for assistive technology (aria-describedby, aria-invalid). The admin forms' one way to draw
 * a field; the value is kept as typed, so nothing is lost when the server refuses it.
 */
interface AdminFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  /** The server's (or the form's) messages for this field; none when it is fine. */
  errors?: readonly string[] | undefined;
  multiline?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'text' | 'numeric' | 'decimal';
  required?: boolean;
  autoComplete?: string;
  /** Extra class names for the wrapper, e.g. a narrow field. */
  className?: string;
}

export function AdminField({
  id,
  label,
  value,
  onChange,
  hint,
  errors = [],
  multiline = false,
  type = 'text',
  inputMode,
  required = false,
  autoComplete = 'off',
  className,
}: AdminFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    required,
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className={['admin-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      {errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
