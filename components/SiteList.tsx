import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings';
import { parseHostInput } from '@/lib/settings/site-rules';
import { t } from './i18n';
import { RadioGroup } from './RadioGroup';
import { Switch } from './Switch';
import type { UpdateSettings } from './use-settings';

/** Options section: global pause, "everywhere except" vs. allow-list mode, and the list itself. */
export function SiteList({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const allowlist = settings.siteMode === 'allowlist';
  const key = allowlist ? 'allowedSites' : 'disabledSites';
  const list = settings[key];

  const add = (event: Event) => {
    event.preventDefault();
    const host = parseHostInput(draft);
    if (!host) return setError(t('siteInvalid', draft.trim()));
    setError(null);
    setDraft('');
    if (!list.includes(host)) void update((s) => ({ ...s, [key]: [...s[key], host] }));
  };
  const remove = (host: string) => update((s) => ({ ...s, [key]: s[key].filter((h) => h !== host) }));

  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <Switch
        checked={settings.paused}
        onChange={(paused) => update({ paused })}
        onText={t('switchPaused')}
        offText={t('switchRunning')}
        testId="global-pause"
        description={t('pauseHint')}
      >
        {t('pauseEverywhere')}
      </Switch>
      <RadioGroup
        legend={t('showBadges')}
        name="site-mode"
        value={settings.siteMode}
        options={[
          { value: 'all', label: t('siteModeAll') },
          { value: 'allowlist', label: t('siteModeAllowlist') },
        ]}
        onChange={(siteMode) => update({ siteMode })}
      />
      <h3 id="site-list-heading">{allowlist ? t('sitesWithBadges') : t('sitesWithoutBadges')}</h3>
      {list.length === 0 ? (
        <p class="hint">{t('sitesNone')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="site-list-heading" data-testid="site-list">
          {list.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => remove(host)}
                aria-label={t('removeSite', host)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add}>
        <label for="site-input">{t('addSite')}</label>
        <input
          id="site-input"
          type="text"
          placeholder="example.com"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-input-error' : undefined}
          data-testid="site-input"
          onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('add')}</button>
      </form>
      {error && (
        <p id="site-input-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
