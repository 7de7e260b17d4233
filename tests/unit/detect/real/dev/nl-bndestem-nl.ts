import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.bndestem.nl/economie/iedereen-aan-de-bitcoin-en-niemand-snapt-m~aa32334d/',
    lang: 'nl',
    tags: ['prose'],
    title: "Iedereen aan de bitcoin en niemand snapt 'm",
    blocks: [
      'De zaken gaan goed bij BTCDirect in Nijmegen. Volgende week betrekt het jonge bedrijf, dat klanten helpt bitcoins en andere digitale munten te kopen en verkopen, een eigen kantoorpand.',
      {
        heading: 'Buitenspel',
        text: 'Een jaar geleden was één bitcoin ongeveer 500 euro waard, nu komt de grens van 3.000 euro al in zicht. Die spectaculaire groei zorgt ervoor dat de munt niet meer alleen een speeltje is van gamers, nerds en idealisten.',
      },
    ],
    expect: [p('500 euro', 500, 'EUR'), p('3.000 euro', 3000, 'EUR')],
  },
];
