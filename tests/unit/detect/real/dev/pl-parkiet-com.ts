import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.parkiet.com/kryptowaluty/art40161821-bitcoin-przed-halvingiem',
    lang: 'pl',
    tags: ['prose', 'format'],
    title: 'Bitcoin przed halvingiem',
    blocks: [
      'Kolejny halving przypada 20 kwietnia, wtedy dzienne wydobycie tej kryptowaluty spadnie do 450 sztuk. Notowania bitcoina z ostatnich tygodni wskazują, że uczestnicy rynku czekają na to wydarzenie, co widać po spadku zmienności. Cena konsoliduje się w przedziale 64 000–73 000 dolarów. Historyczny rekord ceny to 73 700 dolarów, więc jesteśmy nieznacznie niżej.',
    ],
    expect: [p('64 000', 64000), p('73 000 dolarów', 73000), p('73 700 dolarów', 73700)],
  },
];
