import { o, type RealCase } from '../labels';

// Bitcointalk "Pilipinas" local board (archived). Taglish forum posts; the only amount is an inflow in
// English words, "24 million dollars", right after a date glued without a space ("March 20,2020").
export const cases: RealCase[] = [
  {
    url: 'https://beta.ninjastic.space/post/54150478',
    lang: 'tl',
    tags: ['forum', 'format'],
    blocks: [
      'Mula sa mga nakaraang araw tuloy-tuloy ang pagbagsak ng cryptocurrency dahil sa paglaganap ng virus na tinatawag na coronavirus o NCov19. Maraming tao ang natakot at binawi nila ang mga investment na inilaan nila sa cryptocurrency. Kahit ganoon, may magandang balitang dumating noong March 20,2020 dahil muli 24 million dollars ang ginawang investment sa loob ng isang araw lamang, kaya binigyan tayo ng pag-asa na muling mag-invest at kumita.',
      'totoo yan maaapektuhan talaga ang presyo ng bitcoin dahil napakaraming nag withdraw ng kanya kanyang bitcoin para ipambili ng pagkain dahil sa lockdown, pero may pag asa pa itong tumaas kapag bumalik na sa normal ang buy and sell sa bitcoin market.',
    ],
    expect: [o('24 million dollars', 24e6)],
  },
];
