import { p, type RealCase } from '../labels';

// 'de dolari' levels in sentences that name only 'Criptomoneda' / 'moneda'.
export const cases: RealCase[] = [
  {
    url: 'https://www.mediafax.ro/economic/bitcoin-scade-puternic-aurul-castiga-teren-23691702',
    lang: 'ro',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin scade puternic, aurul câștigă teren',
    blocks: [
      'Criptomoneda a continuat să coboare luni, după ce în weekend ajunsese până la 64.324 de dolari, cel mai scăzut nivel de la 6 februarie, când atinsese 60.062 de dolari.',
      'După un minim de 64.830 de dolari în primele ore ale zilei de luni, bitcoin și-a revenit parțial. Pe la ora 16.40, ora României, moneda se tranzacționa la 65.836 de dolari, în scădere cu peste 2% față de ziua anterioară, potrivit CNBC.',
      'În ultimii ani, criptomoneda a trecut prin fluctuații spectaculoase: a atins un maxim istoric de aproape 69.000 de dolari în 2021, apoi a coborât sub 16.000 de dolari în 2022, în plină criză a pieței cripto.',
    ],
    expect: [
      p('64.324 de dolari', 64324),
      p('60.062 de dolari', 60062),
      p('64.830 de dolari', 64830),
      p('65.836 de dolari', 65836),
      p('69.000 de dolari', 69000),
      p('16.000 de dolari', 16000),
    ],
  },
];
