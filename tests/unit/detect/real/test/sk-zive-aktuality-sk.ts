import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://zive.aktuality.sk/clanok/151246/odhaduje-sa-ze-tesla-na-investicii-do-bitcoinu-uz-zarobila-1-miliardu-dolarov/',
    lang: 'sk',
    tags: ['prose', 'format', 'change'],
    title: 'Odhaduje sa, že Tesla na investícii do bitcoinu už zarobila 1 miliardu dolárov',
    blocks: [
      'Hodnota kryptomeny medzičasom stále stúpa.',
      'Tesla dosiahla zo svojej investície do bitcoinu nerealizovaný zisk okolo 1 miliardy USD (823,8 milióna eur), odhaduje analytik firmy Wedbush Securities Daniel Ives. Tesla tento rok podľa neho zrejme zarobí viac na investíciách do bitcoinov než na predaji elektromobilov.',
      'Americký výrobca elektromobilov skôr tento mesiac v správe pre americkú komisiu pre cenné papiere SEC uviedol, že nakúpil bitcoiny za 1,5 miliardy USD.',
      'Bitcoin pokračuje v raste a láme rekordy. Jeho cena sa už dostala nad 58 000 USD, keď od začiatku roka vzrástla takmer o 100 %. Celková trhová kapitalizácia bitcoinu už v piatok (19. 2.) prekonala 1 bilión USD.',
      'Ives svoju kalkuláciu nevysvetlil. Podľa údajov stránky CoinDesk sa 31. januára dostala cena bitcoinu na 31 793,45 USD a 20. februára, teda v deň, keď Ives zverejnil odhad, až na 57 487,03 USD.',
      'To znamená, že bitcoin v tomto období posilnil približne o 65 % a zisk z investície Tesly v objeme 1,5 miliardy USD by predstavoval 975 miliónov USD. Ak by sme počítali s pondelkovým maximom 58 332,36 USD, zisk Tesly by už prekonal 1 miliardu USD.',
      '(1 EUR = 1,2139 USD)',
    ],
    expect: [
      o('1 miliardy USD', 1e9),
      o('823,8 milióna eur', 823.8e6, 'EUR'),
      o('1,5 miliardy USD', 1.5e9),
      p('58 000 USD', 58000),
      o('1 bilión USD', 1e12),
      p('31 793,45 USD', 31793.45),
      p('57 487,03 USD', 57487.03),
      o('1,5 miliardy USD', 1.5e9),
      o('975 miliónov USD', 975e6),
      p('58 332,36 USD', 58332.36),
      o('1 miliardu USD', 1e9),
      o('1 EUR', 1, 'EUR'),
      o('1,2139 USD', 1.2139),
    ],
  },
];
