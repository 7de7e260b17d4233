import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dn.no/teknologi/digital-valuta/kryptovaluta/valuta/na-er-en-bitcoin-verd-100000-kroner/2-1-226083',
    lang: 'no',
    tags: ['prose', 'change', 'format'],
    title: 'Nå er en bitcoin verd 100.000 kroner',
    blocks: [
      'For alle som har bitcoin i lommeboken ser eventyret ikke ut til å ta slutt. Prisen på en bitcoin steg natt til onsdag med 500 dollar og koster nå over 100.000 kroner.',
      'Hittil i år har prisen på én bitcoin steget med nær 1200 prosent, fra 980 dollar i starten av januar til 12.262 dollar tirsdag. Det er et hopp fra åtte tusen norske kroner til 101.000 kroner, ifølge DN Investor, der bitcoin-kursen beregnes som et snitt fra flere markedsplasser.',
      'Bitcoin står nå for 55 prosent av markedsverdien til alle digitale valutaer i omløp – tilsvarende 205 milliarder dollar.',
    ],
    expect: [
      o('500 dollar', 500),
      p('100.000 kroner', 100000, 'NOK'),
      p('980 dollar', 980),
      p('12.262 dollar', 12262),
      p('åtte tusen norske kroner', 8000, 'NOK'),
      p('101.000 kroner', 101000, 'NOK'),
      o('205 milliarder dollar', 2.05e11),
    ],
  },
];
