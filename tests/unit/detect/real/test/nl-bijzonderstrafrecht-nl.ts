import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bijzonderstrafrecht.nl/home/verdachte-rechtspersoon-heeft-zich-samen-met-zijn-medeverdachten-ruim-tweenhalf-jaar-lang-beziggehouden-met-het-witwassen-van-bitcoins',
    lang: 'nl',
    tags: ['prose', 'format'],
    title:
      'Verdachte rechtspersoon heeft zich samen met zijn medeverdachten ruim tweeënhalf jaar lang beziggehouden met het witwassen van bitcoins',
    blocks: [
      'Rechtbank Rotterdam 23 oktober 2020, ECLI:NL:RBROT:2020:10078',
      'De verdachte rechtspersoon heeft zich samen met zijn medeverdachten ruim tweeënhalf jaar lang beziggehouden met het witwassen van bitcoins. Door de verdachte rechtspersoon en haar mededaders is in totaal een bedrag van ruim zestien miljoen euro witgewassen. Door het witwassen van crimineel vermogen wordt de onderliggende criminaliteit gefaciliteerd.',
    ],
    expect: [o('zestien miljoen euro', 16e6, 'EUR')],
  },
];
