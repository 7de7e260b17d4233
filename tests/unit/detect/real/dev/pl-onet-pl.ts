import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.onet.pl/?utm_source=_viasg_fakt&utm_medium=direct&utm_campaign=leo_automatic&srcc=ucs&pid=0d62681f-9e9a-47a6-8aa6-ea31ea417edd&sid=f13b499b-dba8-44e4-a9ae-cb9ebb087cc8&utm_v=2',
    lang: 'pl',
    tags: ['prose', 'format'],
    title: 'Bitcoin przekroczył 100 tys. zł',
    blocks: [
      'Bitcoin, wirtualna waluta, osiągnął najwyższy kurs w historii i przebił granicę 100 tys. zł. za jedną "monetę". Od początku roku jego wartość wzrosła o ponad 200 proc.!',
    ],
    expect: [p('100 tys. zł', 100000, 'PLN')],
  },
];
