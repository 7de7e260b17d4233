import { browser } from 'wxt/browser';
import { chainInputsOf } from '@/components/cost-from-settings';
import { DisplayOptions } from '@/components/DisplayOptions';
import { ExampleBadge } from '@/components/ExampleBadge';
import { t } from '@/components/i18n';
import { ModelPicker } from '@/components/ModelPicker';
import { rich, SLOTS } from '@/components/rich';
import { useSettings } from '@/components/use-settings';
import { useSnapshot } from '@/components/use-snapshot';
import { useTheme } from '@/components/use-theme';

/** The page a first install opens: how to read a badge, what it is based on, what stays private. */
export function App() {
  const { settings, loaded, update } = useSettings();
  const { snapshot } = useSnapshot();
  useTheme(settings.theme);
  if (!loaded) return null;
  const chain = chainInputsOf(snapshot);
  return (
    <main>
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="hint">{t('welcomeIntro')}</p>
      </header>
      <section aria-labelledby="read-heading" class="card">
        <h2 id="read-heading">{t('welcomeReadHeading')}</h2>
        {snapshot ? (
          <ExampleBadge snapshot={snapshot} settings={settings} />
        ) : (
          <p class="hint">{t('welcomeExampleWaiting')}</p>
        )}
        <p>
          {rich(
            t('welcomeRead', SLOTS[0], SLOTS[1], SLOTS[2]),
            <strong>{t('welcomeRed')}</strong>,
            <strong>{t('welcomeGrey')}</strong>,
            <strong>{t('welcomeGreen')}</strong>,
          )}
        </p>
      </section>
      <section aria-labelledby="estimate-heading" class="card">
        <h2 id="estimate-heading">{t('welcomeEstimateHeading')}</h2>
        <p>{t('welcomeEstimate')}</p>
      </section>
      <section aria-labelledby="privacy-heading" class="card">
        <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>
      <DisplayOptions settings={settings} update={update} />
      <ModelPicker settings={settings} update={update} chain={chain} />
      <section aria-labelledby="sites-heading" class="card">
        <h2 id="sites-heading">{t('welcomePausingHeading')}</h2>
        <p>
          {rich(
            t('welcomePausing', SLOTS[0]),
            <a href={browser.runtime.getURL('/options.html')} data-testid="options-link">
              {t('welcomeSettingsPage')}
            </a>,
          )}
        </p>
      </section>
    </main>
  );
}
