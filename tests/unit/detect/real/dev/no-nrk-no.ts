import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nrk.no/vestfoldogtelemark/_minet_-bitcoin-og-skal-ha-fatt-nesten-2-millioner-i-stromregning-1.15806690',
    lang: 'no',
    tags: ['prose', 'format'],
    title: '«Minet» bitcoin og skal ha fått nesten 2 millioner i strømregning',
    blocks: [
      'Langt inne i Telemark, i Fyresdal kommune, håper en storkunde av Oslofjord datasenter å utvinne bitcoin.',
      'Men gravejobben ble svindyr i slutten av 2021. Ifølge Oslofjord datasenter endte strømregningen på rundt 2 millioner kroner i desember. Strømforbruket ligger på 5 megawatt.',
    ],
    expect: [o('2 millioner kroner', 2e6, 'NOK')],
  },
];
