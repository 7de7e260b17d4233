import type { Settings } from '@/lib/settings';
import { isSiteOn, setSiteOn } from '@/lib/settings/site-rules';
import { Switch } from './Switch';
import type { UpdateSettings } from './use-settings';

/** The popup's controls for the current tab: badges on this site, and the global pause. */
export function SiteSwitches({
  host,
  settings,
  update,
}: {
  host: string | null;
  settings: Settings;
  update: UpdateSettings;
}) {
  return (
    <section class="site-switches" aria-label="This site">
      {host ? (
        <Switch
          checked={isSiteOn(settings, host)}
          onChange={(on) => update((s) => setSiteOn(s, host, on))}
          testId="site-switch"
          disabled={settings.paused}
          description={settings.paused ? 'Paused everywhere: switch the pause off first.' : undefined}
        >
          Badges on <strong data-testid="site-host">{host}</strong>
        </Switch>
      ) : (
        <p class="hint" data-testid="site-none">
          Badges do not run on this page.
        </p>
      )}
      <Switch
        checked={settings.paused}
        onChange={(paused) => update({ paused })}
        onText="Paused"
        offText="Running"
        testId="pause-switch"
      >
        Pause everywhere
      </Switch>
    </section>
  );
}
