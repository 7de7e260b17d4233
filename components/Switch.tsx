import type { ComponentChildren } from 'preact';
import { t } from './i18n';

interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  /** Short text after the track, so the state is never told by colour alone. */
  onText?: string;
  offText?: string;
  disabled?: boolean;
  testId?: string;
  description?: string;
}

/** An on/off switch: a real button with role="switch" and aria-checked, operable by Space and Enter. */
export function Switch({
  checked,
  onChange,
  children,
  onText = t('switchOn'),
  offText = t('switchOff'),
  disabled,
  testId,
  description,
}: SwitchProps) {
  return (
    <div class="switch-row">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        class="switch"
        disabled={disabled}
        data-testid={testId}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-label">{children}</span>
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-state" aria-hidden="true">
          {checked ? onText : offText}
        </span>
      </button>
      {description && <p class="hint">{description}</p>}
    </div>
  );
}
