import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings';
import { parseHostInput } from '@/lib/settings/site-rules';
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
    if (!host) return setError(`"${draft.trim()}" is not a site name such as example.com.`);
    setError(null);
    setDraft('');
    if (!list.includes(host)) void update((s) => ({ ...s, [key]: [...s[key], host] }));
  };
  const remove = (host: string) => update((s) => ({ ...s, [key]: s[key].filter((h) => h !== host) }));

  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">Sites</h2>
      <Switch
        checked={settings.paused}
        onChange={(paused) => update({ paused })}
        onText="Paused"
        offText="Running"
        testId="global-pause"
        description="Pausing hides every badge on every site until you switch it back."
      >
        Pause everywhere
      </Switch>
      <RadioGroup
        legend="Show badges"
        name="site-mode"
        value={settings.siteMode}
        options={[
          { value: 'all', label: 'On every site, except those listed' },
          { value: 'allowlist', label: 'Only on the sites listed' },
        ]}
        onChange={(siteMode) => update({ siteMode })}
      />
      <h3 id="site-list-heading">{allowlist ? 'Sites with badges' : 'Sites without badges'}</h3>
      {list.length === 0 ? (
        <p class="hint">No sites yet.</p>
      ) : (
        <ul class="site-list" aria-labelledby="site-list-heading" data-testid="site-list">
          {list.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => remove(host)}
                aria-label={`Remove ${host}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add}>
        <label for="site-input">Add a site</label>
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
        <button type="submit">Add</button>
      </form>
      {error && (
        <p id="site-input-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
