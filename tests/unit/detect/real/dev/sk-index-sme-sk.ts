import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://index.sme.sk/c/22003079/bitcoin-sa-blizi-k-tohtorocnemu-minimu.html',
    lang: 'sk',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin sa blíži k tohtoročnému minimu',
    blocks: [
      'NEW YORK. Kryptomeny pokračujú v páde, kurz bitcoinu sa približuje k svojmu tohtoročnému minimu.',
      'Najznámejšia digitálna mena vo štvrtok oslabila až o 4,7 percenta a klesla na 3549 USD (3126,60 eura). Priblížila sa tak k tohtoročnému minimu 3522 USD z 26. novembra.',
      'Vlani v decembri dosiahol kurz bitcoinu rekord takmer 20-tisíc USD.',
      'Bloomberg Galaxy Crypto Index, ktorý sleduje mnoho najväčších kryptomien, vo štvrtok padol až o 10 percent. Zo známejších digitálnych mien ripple stratil 5 percent a ethereum 7 percent, pričom jeho kurz už padol pod psychologickú hranicu 100 USD.',
    ],
    expect: [
      p('3549 USD', 3549),
      p('3126,60 eura', 3126.6, 'EUR'),
      p('3522 USD', 3522),
      p('20-tisíc USD', 20000),
      o('100 USD', 100),
    ],
  },
];
