interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string; hint?: string }>;
  onChange: (value: T) => void;
}

/** A fieldset of native radios: arrow keys move within it and Tab leaves it, as people expect. */
export function RadioGroup<T extends string>({ legend, name, value, options, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset class="radio-list">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="radio">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            data-testid={`${name}-${option.value}`}
            onChange={() => onChange(option.value)}
          />
          <span>
            {option.label}
            {option.hint && <span class="hint"> {option.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
