import { o, p, type RealCase } from '../labels';

// Tagalog crypto news (translated). Holdings in BTC and bond yields carry no currency; MicroStrategy's
// purchase and holdings are totals in "$… milyon/bilyon", but its average cost per coin ("average na
// presyo ng nakuhang BTC sa $62,691 bawat coin") is a per-coin price.
export const cases: RealCase[] = [
  {
    url: 'https://pinetbox.com/tl/bumababa-ang-presyo-ng-bitcoin-na-may-mga-teknikal-na-tagapagpahiwatig-na-nagmumungkahi-ng-potensyal-na-20-na-pagbaba',
    lang: 'tl',
    tags: ['prose', 'format'],
    title:
      'Bumababa ang presyo ng Bitcoin na may mga teknikal na tagapagpahiwatig na nagmumungkahi ng potensyal na 20% na pagbaba',
    blocks: [
      'Dumaranas ng malakas na pababang trend ang presyo ng Bitcoin, na kamakailan ay nakikipagkalakalan malapit sa $91,000 na marka noong Disyembre 30, isang 15% na pagbaba mula sa tuktok nito ngayong taon.',
      'Bagama’t dinagdagan ng MicroStrategy ang hawak nitong Bitcoin ng 2,138 BTC, kaya umabot sa 446,400 BTC ang kabuuan, at nagdagdag si Tether ng 7,630 BTC, nananatiling nasa ilalim ng presyon ang presyo.',
      'Nag-aambag din ang pagtaas ng ani ng bono: umabot sa 4.76% ang 30-taong ani at umakyat sa 4.3% ang 5-taong ani.',
    ],
    expect: [p('$91,000', 91000)],
  },
  {
    url: 'https://pinetbox.com/tl/bumili-ang-microstrategy-ng-243m-sa-bitcoin-pinapataas-ang-mga-hawak-nito-sa-450k-na-mga-barya',
    lang: 'tl',
    tags: ['prose', 'format'],
    title: 'Bumili ang MicroStrategy ng $243M sa Bitcoin, pinapataas ang mga hawak nito sa 450K na mga barya',
    blocks: [
      'Bumili ang MicroStrategy, ang kumpanya ng software na kilala sa diskarte nitong pag-iipon ng Bitcoin, ng karagdagang 2,530 Bitcoin sa halagang humigit-kumulang $243 milyon, kaya umabot sa humigit-kumulang 450,000 BTC ang kabuuang hawak nito.',
      'Sinusunod ng pagbili ang diskarte ni Michael Saylor, na dati nang nag-anunsyo ng “21/21” na plano na naglalayong makaipon ng $42 bilyon na halaga ng Bitcoin sa loob ng tatlong taon.',
      'Mula noong 2020, gumastos ang MicroStrategy ng tinatayang $28.2 bilyon sa Bitcoin, na may average na presyo ng nakuhang BTC sa $62,691 bawat coin. Kasalukuyang nagkakahalaga ng higit sa $41 bilyon ang Bitcoin holdings ng kumpanya, batay sa pinakabagong presyo ng Bitcoin na $91,600.',
    ],
    expect: [
      o('$243 milyon', 243e6),
      o('$42 bilyon', 42e9),
      o('$28.2 bilyon', 28.2e9),
      p('$62,691', 62691),
      o('$41 bilyon', 41e9),
      p('$91,600', 91600),
    ],
  },
];
