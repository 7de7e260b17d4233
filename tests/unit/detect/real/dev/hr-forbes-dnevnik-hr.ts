import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://forbes.dnevnik.hr/ljudi/autobiografija-hrvoja-prpica-9-bitcoin',
    lang: 'hr',
    tags: ['prose', 'format'],
    title: 'Autobiografija Hrvoja Prpića: 9. Bitcoin',
    blocks: [
      'Uz HGspot, najbolji posao mog života bila je investicija u bitcoin. “Bitcoin će do kraja 2021. doći na pedeset tisuća dolara.” To sam prognozirao u jednoj zatvorenoj grupi koja se bavi trgovanjem na burzama. Moja je prognoza dočekana s nevjericom.',
      'Priča o prvoj kriptovaluti počela je 2010. godine kad je jedan Mađar, Laszlo Hanyecz, na Floridi kupio dvije pizze i platio ih deset tisuća bitcoina.',
    ],
    expect: [p('pedeset tisuća dolara', 50000)],
  },
];
