import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ceskenoviny.cz/zpravy/cena-kryptomeny-bitcoin-prudce-klesla-ale-drzi-se-nad-50-000-usd/2023794',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Cena kryptoměny bitcoin prudce klesla, ale drží se nad 50.000 USD',
    blocks: [
      'Cena kryptoměny bitcoin prudce klesla, ale drží se nad 50.000 USD',
      'New York - Cena nejznámější kryptoměny bitcoin v noci na dnešek prudce klesla - z více než 60.000 dolarů sestoupila až do blízkosti 52.000 dolarů. Později část ztrát smazala a krátce před 08:00 SELČ se pohybovala kolem 55.900 USD (zhruba 1,2 milionu Kč). Za posledních 24 hodin tak ztrácela přes deset procent. Vyplývá to z údajů specializovaného webu CoinDesk.',
      'Přesný důvod náhlého propadu není jasný. CoinDesk nicméně dodal, že k němu mohly přispět spekulace, podle kterých se americké ministerstvo financí chystá obvinit několik finančních institucí z praní špinavých peněz prostřednictvím kryptoměn.',
      'Tento týden se cena bitcoinu vyšplhala na rekordních téměř 65.000 USD. Zájem o bitcoin podle analytiků podpořil vstup největší americké kryptoměnové burzy Coinbase na akciový trh Nasdaq.',
    ],
    expect: [
      p('50.000 USD', 50000),
      p('60.000 dolarů', 60000),
      p('52.000 dolarů', 52000),
      p('55.900 USD', 55900),
      p('1,2 milionu Kč', 1.2e6, 'CZK'),
      p('65.000 USD', 65000),
    ],
  },
];
