import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://resett.no/2022/06/18/to-ars-bitcoin-vekst-nullet-ut/',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'To års bitcoin-vekst nullet ut',
    blocks: [
      'Det fikk stor oppmerksomhet i desember 2020 da prisen på kryptovalutaen Bitcoin nådde milepælen på 20.000 dollar.',
      'Prisen klatret deretter slag i slag til 30.000, 50.000 og til slutt 65.000 dollar, en rekord som ble notert i november 2021.',
      'Siden nyttår har prisen bare sunket, og den er nå halvert fra 40.000 dollar siden april.',
      'I dag falt Bitcoin under 20.000 dollar, melder NTB.',
      'Gjennom selskapet Seetee kjøpte Kjell Inge Røkke Bitcoin for en halv milliard kroner i fjor, mens Elon Musk-eide Tesla hamstret Bitcoin for 15 milliarder kroner.',
      'Dogecoin handles for fem amerikanske cent, ned fra en all-time high på 60 cent.',
    ],
    expect: [
      p('20.000 dollar', 20000),
      p('30.000', 30000),
      p('50.000', 50000),
      p('65.000 dollar', 65000),
      p('40.000 dollar', 40000),
      p('20.000 dollar', 20000),
      o('en halv milliard kroner', 5e8, 'NOK'),
      o('15 milliarder kroner', 1.5e10, 'NOK'),
      o('fem amerikanske cent', 0.05),
      o('60 cent', 0.6),
    ],
  },
];
