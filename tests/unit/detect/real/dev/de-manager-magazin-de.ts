import { o, p, type RealCase } from '../labels';

// Magazine version of the same hack: stolen totals, a sub-heading with the price level, "Eine digitale Münze".
export const cases: RealCase[] = [
  {
    url: 'https://www.manager-magazin.de/finanzen/boerse/bitcoin-binance-wird-opfer-eines-hackerangriffs-a-1266386.html',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Eine der größten Bitcoin-Börsen wird Opfer eines Hackerangriffs',
    blocks: [
      '7000 Bitcoin gestohlen Eine der größten Bitcoin-Börsen wird Opfer eines Hackerangriffs',
      'Bitcoin: Die Hacker erbeuteten Bitcoins im Wert von 36 Millionen Euro',
      'Bei einem Hackangriff auf eine der weltgrößten Kryptowährungsbörsen sind Bitcoin im Wert von 36 Millionen Euro erbeutet worden. Betroffen ist die in Malta ansässige Handelsplattform Binance.',
      'Im vergangenen Jahr haben Hacker weltweit Kryptowährungen im Wert von umgerechnet 850 Millionen Euro gestohlen, wie die US-Sicherheitsfirma CipherTrace ermittelte.',
      'Bitcoin-Kurs am Vortag nahe 6000 US-Dollar',
      'Der Bitcoin-Kurs blieb von dem Hackerangriff unberührt. Eine digitale Münze kostete an der Börse Bitstamp mit 5807 Dollar gut ein Prozent mehr. Erst am Dienstag war der Bitcoin auf ein neues Jahreshoch von fast 6000 US-Dollar gestiegen.',
    ],
    expect: [
      o('36 Millionen Euro', 36e6, 'EUR'),
      o('36 Millionen Euro', 36e6, 'EUR'),
      o('850 Millionen Euro', 850e6, 'EUR'),
      p('6000 US-Dollar', 6000),
      p('5807 Dollar', 5807),
      p('6000 US-Dollar', 6000),
    ],
  },
];
