import { useEffect, useId, useState } from 'preact/hooks';
import { t } from './i18n';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  unit?: string;
  testId?: string;
  /** Called with every valid value as it is typed; invalid text stays local and shows why. */
  onCommit: (value: number) => void;
}

/** A labelled number input that saves valid values as you type and explains invalid ones. */
export function NumberField({ label, value, min, max, step, unit, testId, onCommit }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (a preset, an import, another window) unless the user is mid-edit on an error.
  useEffect(() => {
    if (Number(text) !== value) {
      setText(String(value));
      setError(null);
    }
  }, [value]);

  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    setText(next);
    const number = next.trim() === '' ? Number.NaN : Number(next);
    if (Number.isFinite(number) && number >= min && number <= max) {
      setError(null);
      onCommit(number);
    } else {
      setError(
        unit
          ? t('numberRangeUnit', String(min), String(max), unit)
          : t('numberRange', String(min), String(max)),
      );
    }
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="field-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid={testId}
          onInput={onInput}
        />
        {unit && <span class="unit">{unit}</span>}
      </span>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
