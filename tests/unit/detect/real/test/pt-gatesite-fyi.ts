import { p, type RealCase } from '../labels';

// Portuguese exchange-community post on crypto bubbles: one dollar level with a comma thousands separator
// ("$64,000") in a Portuguese sentence, followed by long prose with no amounts.
export const cases: RealCase[] = [
  {
    url: 'https://www.gatesite.fyi/pt/post/status/15281809',
    lang: 'pt',
    tags: ['forum', 'prose', 'format'],
    blocks: [
      'O mercado cripto parece de novo perto de novos máximos, com o Bitcoin (BTC) a superar há pouco a marca dos $64,000 pela primeira vez desde 2021. Mas a natureza passageira destes picos deixa investidores com uma pergunta: existe uma bolha cripto prestes a rebentar?',
      'Enquanto uns defendem a resiliência das criptomoedas, outros avisam de um colapso iminente.',
    ],
    expect: [p('$64,000', 64000)],
  },
];
