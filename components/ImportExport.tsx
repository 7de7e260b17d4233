import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, exportSettings, importSettings, type Settings } from '@/lib/settings';
import { t } from './i18n';
import type { UpdateSettings } from './use-settings';

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Options section: export to a JSON file, import one (rejected whole with its reason), reset with confirmation. */
export function ImportExport({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: 'hashfloor-settings.json',
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus({ kind: 'ok', text: t('exported', 'hashfloor-settings.json') });
  };

  const load = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings(await file.text());
    if (!result.ok) {
      setStatus({ kind: 'error', text: t('importRejected', result.reason) });
      return;
    }
    await update(() => result.settings);
    setStatus({ kind: 'ok', text: t('imported', file.name) });
  };

  const reset = async () => {
    await update(() => DEFAULT_SETTINGS);
    setConfirming(false);
    setStatus({ kind: 'ok', text: t('resetDone') });
  };

  return (
    <section aria-labelledby="backup-heading" class="card">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <div class="button-row">
        <button type="button" onClick={download} data-testid="export">
          {t('exportSettings')}
        </button>
        <label class="button" data-testid="import-label">
          {t('importSettings')}
          <input
            type="file"
            accept="application/json,.json"
            class="file-input"
            data-testid="import"
            onChange={load}
          />
        </label>
        {!confirming && (
          <button type="button" class="danger" onClick={() => setConfirming(true)} data-testid="reset">
            {t('resetSettings')}
          </button>
        )}
      </div>
      {confirming && (
        <fieldset class="confirm">
          <legend>{t('resetConfirmQuestion')}</legend>
          <button type="button" class="danger" ref={confirmRef} onClick={reset} data-testid="reset-confirm">
            {t('resetConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} data-testid="reset-cancel">
            {t('cancel')}
          </button>
        </fieldset>
      )}
      <p
        class={status?.kind === 'error' ? 'field-error' : 'status'}
        role={status?.kind === 'error' ? 'alert' : 'status'}
        data-testid="import-status"
      >
        {status?.text}
      </p>
    </section>
  );
}
