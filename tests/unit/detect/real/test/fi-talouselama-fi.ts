import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.talouselama.fi/uutiset/te/5514e612-19bf-308c-96eb-4ba750c6ca58',
    lang: 'fi',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Kryptovaluutta bitcoinin arvo on mennyt alle 6000 dollarin (noin 5300 euroa) ensimmäisen kerran sitten viime elokuun ja on ollut alimmalla tasollaan yli vuoteen, kertoi uutistoimisto Bloomberg.',
      'CNN:n mukaan bitcoinin keskiviikon syöksy oli yli 10 prosenttia.',
      'Vielä viime vuoden joulukuussa kurssi hipoi 20 000 dollaria. Syyskuusta asti kurssi oli pysynyt melko tasaisena.',
    ],
    expect: [p('6000 dollarin', 6000), p('5300 euroa', 5300, 'EUR'), p('20 000 dollaria', 20000)],
  },
];
