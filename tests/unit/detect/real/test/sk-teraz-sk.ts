import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.teraz.sk/ekonomika/cena-bitcoinu-klesla-na-najnizsiu-hodn/531008-clanok.html',
    lang: 'sk',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Cena bitcoinu klesla na najnižšiu hodnotu za dva týždne',
    blocks: [
      'Londýn 26. februára (TASR) - Cena bitcoinu v piatok krátko klesla až o približne 6 %, na najnižšiu úroveň za dva týždne. Príčinou bolo oslabenie globálnych dlhopisových trhov, ktoré spustilo výpredaje rizikovejších aktív.',
      'Cena najväčšej kryptomeny na svete sa počas ranného obchodovania v piatok prepadla na 44.451 USD (36.360,74 eura). Neskôr však väčšinu strát zmazala a dostala sa na 46.525 USD, čo bolo o 1,2 % menej ako deň predtým, no zároveň pokles o takmer 20 % za tento týždeň.',
      'Bitcoin od začiatku roka vzrástol približne o 60 % a tento mesiac dosiahol historické maximum 58.354 USD po tom, ako do tejto meny investovali veľké americké firmy, napríklad Tesla.',
      '(1 EUR = 1,2225 USD)',
    ],
    expect: [
      p('44.451 USD', 44451),
      p('36.360,74 eura', 36360.74, 'EUR'),
      p('46.525 USD', 46525),
      p('58.354 USD', 58354),
      o('1 EUR', 1, 'EUR'),
      o('1,2225 USD', 1.2225),
    ],
  },
];
