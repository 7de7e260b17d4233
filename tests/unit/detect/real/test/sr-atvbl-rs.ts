import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://atvbl.rs/lat/vijesti/ekonomija/cijena-bitkoina-naglo-pala/2240798',
    lang: 'sr',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Cijena bitkoina naglo pala',
    blocks: [
      'Vrijednost kriptovalute bitkoin bilježi snažan pad na tržištu. Trenutno jedan bitkoin vrijedi 65.432 američka dolara (108.539 KM), što je gotovo 11 odsto manje nego prethodnog dana.',
      'Koliko je cijena ove kriptovalute promjenljiva pokazuje podatak da je danas u ponoć iznosila 72.992 dolara (121.079 KM).',
      'Poređenja radi, u oktobru prošle godine vrijednost jednog bitkoina dostigla je 126.198 dolara (209.338 KM), što je tada bila najviša zabilježena cijena otkad ova kriptovaluta postoji.',
      'Pad ispod 70.000 dolara',
      'U posljednja četiri mjeseca vrijednost bitkoina smanjena je ukupno za 60.766 dolara, odnosno za 48,15 odsto. Ovo je prvi put otkako je Donald Tramp ponovo izabran za predsjednika SAD da je cijena bitkoina pala ispod 70.000 dolara.',
      '– prodaja bitkoina od strane rudara radi pokrivanja troškova „rudarenja“;',
    ],
    expect: [
      p('65.432 američka dolara', 65432),
      p('108.539 KM', 108539, 'BAM'),
      p('72.992 dolara', 72992),
      p('121.079 KM', 121079, 'BAM'),
      p('126.198 dolara', 126198),
      p('209.338 KM', 209338, 'BAM'),
      p('70.000 dolara', 70000),
      o('60.766 dolara', 60766),
      p('70.000 dolara', 70000),
    ],
  },
  {
    url: 'https://atvbl.rs/vijesti/ekonomija/cijena-bitkoina-naglo-pala/2240798',
    lang: 'sr',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Цијена биткоина нагло пала',
    blocks: [
      'Вриједност криптовалуте биткоин биљежи снажан пад. Тренутно један биткоин вриједи 65.432 америчка долара (108.539 КМ), што је готово 11 одсто мање него претходног дана.',
      'Колико је цијена ове криптовалуте промјенљива, показује податак да је у поноћ износила 72.992 долара (121.079 КМ).',
      'Поређења ради, у октобру прошле године вриједност једног биткоина достигла је 126.198 долара (209.338 КМ), што је тада била највиша забиљежена цијена.',
      'Пад испод 70.000 долара',
      'У посљедња четири мјесеца вриједност биткоина смањена је укупно за 60.766 долара, односно за 48,15 одсто. Ово је први пут откако је Доналд Трамп поново изабран за предсједника САД да је цијена биткоина пала испод 70.000 долара.',
    ],
    expect: [
      p('65.432 америчка долара', 65432),
      p('108.539 КМ', 108539, 'BAM'),
      p('72.992 долара', 72992),
      p('121.079 КМ', 121079, 'BAM'),
      p('126.198 долара', 126198),
      p('209.338 КМ', 209338, 'BAM'),
      p('70.000 долара', 70000),
      o('60.766 долара', 60766),
      p('70.000 долара', 70000),
    ],
  },
];
