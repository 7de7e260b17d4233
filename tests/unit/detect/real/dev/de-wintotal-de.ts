import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.wintotal.de/kryptowaehrungen-liste/',
    lang: 'de',
    tags: ['prose', 'format'],
    blocks: [
      'Damit Sie im Dschungel der Kryptogelder nicht den Überblick verlieren, haben wir in der folgenden Liste die wichtigsten Informationen zu bekannten digitalen Währungen, ihrem Ursprung, der Marktkapitalisierung sowie den aktuellen Kurswerten zusammengetragen.',
      '1. Bitcoin (BTC)',
      'Der Bitcoin ist die weltweit erste und mit einer Marktkapitalisierung von rund 885,4 Mrd. US-Dollar zugleich auch marktstärkste Kryptowährung. Die Kryptowährung wurde 2008 von Satoshi Nakamoto (einem Pseudonym) ins Leben gerufen.',
    ],
    expect: [o('885,4 Mrd. US-Dollar', 885400000000)],
  },
];
