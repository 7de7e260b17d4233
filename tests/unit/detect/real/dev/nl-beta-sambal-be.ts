import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://beta.sambal.be/updates/nieuwe-klap-voor-bitcoin',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Barst de Bitcoin-bel?',
    blocks: [
      'Mt. Gox is offline. De grootste online beurs voor de online munt Bitcoin (BTC) trok er maandagavond zelf de stekker uit. Daarmee zijn meteen ook 750.000 bitcoins, goed voor een slordige 320 miljoen euro, in rook opgegaan.',
      'Intussen doen geruchten de ronde dat er voor 290 miljoen euro aan bitcoins gestolen zou zijn - goed voor 6% van alle bitcoins.',
    ],
    expect: [o('320 miljoen euro', 320e6, 'EUR'), o('290 miljoen euro', 290e6, 'EUR')],
  },
];
