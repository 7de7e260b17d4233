import { AlertOptions } from '@/components/AlertOptions';
import { chainInputsOf } from '@/components/cost-from-settings';
import { DisplayOptions } from '@/components/DisplayOptions';
import { ImportExport } from '@/components/ImportExport';
import { t } from '@/components/i18n';
import { ModelPicker } from '@/components/ModelPicker';
import { NotPriceList } from '@/components/NotPriceList';
import { RefreshOptions } from '@/components/RefreshOptions';
import { SiteList } from '@/components/SiteList';
import { useSettings } from '@/components/use-settings';
import { useSnapshot } from '@/components/use-snapshot';
import { useTheme } from '@/components/use-theme';

/** The options page: every setting saves as it changes; background, popup and tabs follow via storage. */
export function App() {
  const { settings, loaded, update } = useSettings();
  const { snapshot } = useSnapshot();
  useTheme(settings.theme);
  const chain = chainInputsOf(snapshot);
  if (!loaded) return null;
  return (
    <main>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="hint">{t('optionsHint')}</p>
      </header>
      {/* A reader's order: how badges look, where they show, alerts; the cost model and data last. */}
      <DisplayOptions settings={settings} update={update} />
      <SiteList settings={settings} update={update} />
      <NotPriceList settings={settings} update={update} />
      <AlertOptions settings={settings} update={update} />
      <ModelPicker settings={settings} update={update} chain={chain} />
      <RefreshOptions settings={settings} update={update} />
      <ImportExport settings={settings} update={update} />
    </main>
  );
}
