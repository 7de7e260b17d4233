import { o, type RealCase } from '../labels';

// Trade-magazine item: only stolen totals ("36 Mio. Euro", "850 Mio. Euro"), no price per coin.
export const cases: RealCase[] = [
  {
    url: 'https://industriemagazin.at/a/hacker-stehlen-bitcoins-im-millionenvolumen-von-hongkonger-kryptoboerse',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Hacker stehlen Bitcoins im Millionenvolumen von Hongkonger Kryptobörse',
    blocks: [
      'Unbekannte Hacker haben 7.000 Bitcoins von einer der größten Handelsplattformen Hongkongs gestohlen. Die berühmteste auf einer Blockchain basierende Kryptowährung bleibt damit höchst unsicheres Terrain.',
      'Unbekannte Hacker haben Bitcoins im Wert von 36 Mio. Euro von Binance, einer der größten Handelsplattformen, gestohlen.',
      'Im Vorjahr Kryptowährungen im Wert von 850 Millionen Euro geklaut',
      'Im vergangenen Jahr haben Hacker weltweit Kryptowährungen im Wert von umgerechnet 850 Mio. Euro gestohlen, wie die US-Sicherheitsfirma CipherTrace ermittelte.',
    ],
    expect: [
      o('36 Mio. Euro', 36e6, 'EUR'),
      o('850 Millionen Euro', 850e6, 'EUR'),
      o('850 Mio. Euro', 850e6, 'EUR'),
    ],
  },
];
