import type { Settings } from '@/lib/settings';
import { isSiteOn, setSiteOn } from '@/lib/settings/site-rules';
import { t } from './i18n';
import { rich, SLOTS } from './rich';
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
    <section class="site-switches" aria-label={t('thisSite')}>
      {host ? (
        <Switch
          checked={isSiteOn(settings, host)}
          onChange={(on) => update((s) => setSiteOn(s, host, on))}
          testId="site-switch"
          disabled={settings.paused}
          description={settings.paused ? t('pausedEverywhere') : undefined}
        >
          {rich(t('badgesOnSite', SLOTS[0]), <strong data-testid="site-host">{host}</strong>)}
        </Switch>
      ) : (
        <p class="hint" data-testid="site-none">
          {t('badgesNotHere')}
        </p>
      )}
      <Switch
        checked={settings.paused}
        onChange={(paused) => update({ paused })}
        onText={t('switchPaused')}
        offText={t('switchRunning')}
        testId="pause-switch"
      >
        {t('pauseEverywhere')}
      </Switch>
    </section>
  );
}
