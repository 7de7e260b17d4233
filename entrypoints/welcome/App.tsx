import { browser } from 'wxt/browser';
import { DisplayOptions } from '@/components/DisplayOptions';
import { ExampleBadge } from '@/components/ExampleBadge';
import { chainInputsOf } from '@/components/live-cost';
import { ModelPicker } from '@/components/ModelPicker';
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
        <h1>Welcome to Hashfloor</h1>
        <p class="hint">
          Next to the Bitcoin prices you read on news and exchange pages, a small badge says how that price
          compares with what it costs miners to produce one coin.
        </p>
      </header>
      <section aria-labelledby="read-heading" class="card">
        <h2 id="read-heading">Reading a badge</h2>
        {snapshot ? (
          <ExampleBadge snapshot={snapshot} settings={settings} />
        ) : (
          <p class="hint">The example appears once the first market data has arrived (a few seconds).</p>
        )}
        <p>
          The badge says which side of the estimated cost the price is on, in words: “17% below cost”, “42%
          above cost”. Its colour repeats it: <strong>red</strong> below 0.8× cost (miners lose money on
          average, which tends to come with bear markets), <strong>grey</strong> near cost (0.8–1.2×),{' '}
          <strong>green</strong> above 1.2×. Hover over a badge, or focus it with the keyboard and press
          Enter, for the details. A badge on something that is not a Bitcoin price can be dismissed from there
          for good.
        </p>
      </section>
      <section aria-labelledby="estimate-heading" class="card">
        <h2 id="estimate-heading">The cost is an estimate</h2>
        <p>
          No one knows every miner's costs. Hashfloor computes a model from public network data (difficulty,
          hashrate, block rewards and fees) and your choice of model below. Miners' real costs vary widely;
          the figure is a reference level, not a price floor.
        </p>
      </section>
      <section aria-labelledby="privacy-heading" class="card">
        <h2 id="privacy-heading">What leaves your browser</h2>
        <p>
          Nothing from the pages you read: their text is read on your computer only. The extension fetches
          public market data (Bitcoin price, difficulty, hashrate, fees) from mempool.space, Coinbase, Kraken,
          CoinGecko and blockchain.info, with no account, no identifier and no analytics.
        </p>
      </section>
      <DisplayOptions settings={settings} update={update} />
      <ModelPicker settings={settings} update={update} chain={chain} />
      <section aria-labelledby="sites-heading" class="card">
        <h2 id="sites-heading">Pausing</h2>
        <p>
          Click the Hashfloor icon in the toolbar to pause badges on the site you are on, or everywhere. The
          full list of settings is on the{' '}
          <a href={browser.runtime.getURL('/options.html')} data-testid="options-link">
            settings page
          </a>
          .
        </p>
      </section>
    </main>
  );
}
