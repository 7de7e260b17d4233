import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.matricedigitale.it/?p=38453',
    lang: 'it',
    tags: ['cost', 'prose', 'format'],
    title: 'Produrre un Bitcoin in Italia costa 783 volte più che in Libano',
    blocks: [
      'Produrre un Bitcoin in Italia costa $208,560, mentre in Libano è circa 783 volte più economico. I dati vengono da un rapporto recente che mostra quanto cambino nel mondo i costi dell’elettricità domestica per chi mina da solo.',
      {
        text: 'Il rapporto pubblicato da CoinGecko il 17 agosto indica che solo 65 paesi sono redditizi per i minatori solitari di Bitcoin, considerando soltanto l’elettricità domestica. Di questi, 34 sono in Asia e appena cinque in Europa.',
        heading: 'Dettagli del rapporto',
      },
      'Il costo medio di elettricità domestica per estrarre 1 Bitcoin è di $46,291.24, il 35% in più rispetto al prezzo medio giornaliero di 1 BTC a luglio 2023 ($30,090.08). L’Italia è il paese più costoso per l’estrazione domestica, con un costo di $208,560 per Bitcoin: circa otto Bitcoin al prezzo attuale.',
      'Dopo l’Italia seguono l’Austria con $184,352 e il Belgio con $172,382. In Libano, invece, le tariffe permettono di generare un Bitcoin per soli $266, circa 783 volte meno che in Italia. Segue l’Iran con un costo di produzione di $532 per Bitcoin.',
    ],
    expect: [
      c('$208,560', 208560),
      c('$46,291.24', 46291.24),
      p('$30,090.08', 30090.08),
      c('$208,560', 208560),
      c('$184,352', 184352),
      c('$172,382', 172382),
      c('$266', 266),
      c('$532', 532),
    ],
  },
];
