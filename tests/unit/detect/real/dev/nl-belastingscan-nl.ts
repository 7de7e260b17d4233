import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.belastingscan.nl/kennisbank/alles-wat-je-moet-weten-over-crypto-belasting-en-aangifte-doen',
    lang: 'nl',
    tags: ['prose'],
    title: 'Alles wat je moet weten over crypto belasting en aangifte doen',
    blocks: [
      'Cryptovaluta zoals bitcoin en ethereum worden belast in box 3 als overige bezittingen.',
      'Je betaalt belasting over je crypto als je totale vermogen boven het heffingsvrij vermogen van €57.000 uitkomt (2024); de belastingheffing vindt dan plaats in box 3.',
      'De waarde op 1 januari (peildatum) is bepalend voor je aangifte.',
    ],
    expect: [o('€57.000', 57000, 'EUR')],
  },
];
