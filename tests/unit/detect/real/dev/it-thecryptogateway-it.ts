import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://thecryptogateway.it/mining-italia-paese-piu-costoso',
    lang: 'it',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin mining: l’Italia è il paese in cui è più costoso',
    blocks: [
      'Bitcoin mining: l’Italia è il paese in cui è più costoso',
      'L’Italia segna un nuovo record, quello del paese meno conveniente in cui fare mining di Bitcoin. In Libano costa 783 volte meno.',
      {
        text: 'CoinGecko ha pubblicato di recente un report che misura la “convenienza” del mining paese per paese, basandosi esclusivamente sul costo dell’elettricità domestica. Ne sono usciti dati interessanti, soprattutto per noi italiani, che guidiamo la classifica dei costi più alti.',
        heading: 'Mining: record italiano',
      },
      {
        text: 'Dei 65 paesi redditizi, 34 sono in Asia e solo cinque in Europa. Oggi il costo medio dell’elettricità “domestica” per estrarre 1 BTC è di 46.291 dollari, circa il 40% in più del prezzo dell’asset in questi giorni. Per l’Italia si arriverebbe addirittura a 208.560 dollari, praticamente 8-9 Bitcoin.',
        heading: 'Mining: record italiano',
      },
      {
        text: 'All’estremo opposto c’è il Libano, con tariffe che permetterebbero di generare un Bitcoin con soli 266 dollari, in maniera 783 volte più conveniente che in Italia.',
        heading: 'Mining: record italiano',
      },
      {
        text: 'Segue l’Iran, con 532 dollari, che però non ha ancora reso pienamente legale il mining; a gennaio le autorità avevano sequestrato circa 150mila apparecchiature.',
        heading: 'Mining: record italiano',
      },
    ],
    expect: [
      c('46.291 dollari', 46291),
      c('208.560 dollari', 208560),
      c('266 dollari', 266),
      c('532 dollari', 532),
    ],
  },
];
