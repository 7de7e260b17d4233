import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bug.hr/kriptovalute/bitcoin-je-od-svojeg-vrhunca-prije-tocno-godinu-dana-izgubio-84-vrijednosti-7212',
    lang: 'hr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin je od svojeg vrhunca prije točno godinu dana izgubio 84% vrijednosti',
    blocks: [
      'Točno na današnji dan, 17. prosinca 2017. godine, najpoznatija kriptovaluta na svijetu, bitcoin, dosegla je vrhunac na cjenovnom planu. Toga se dana bitcoinom trgovalo po cijenama nadomak 20.000 dolara, a na nekim je mjenjačnicama cijena i prešla tu razinu. Službeni podaci kažu da je prosječna cijena bitcoina na današnji dan prošle godine bila oko 19.800 američkih dolara.',
      'Početkom 2017. godine bitcoin je vrijedio nešto manje od 1.000 dolara, krajem te godine cijena je eksplodirala do gotovo 20 puta viših razina, a onda je uslijedilo hlađenje.',
      'Na mjenjačnicama mu je cijena oko 84% niža nego prije godinu dana, pa se bitcoinom sada trguje po cijenama nešto nižima od 3.300 američkih dolara. Posljednji put ovako jeftin bitcoin je bio u rujnu 2017.',
      'Ukupna tržišna kapitalizacija "digitalnog zlata" sada iznosi oko 57 milijardi dolara. Osim vrijednosti bitcoina, počela je padati i potrošnja električne energije koja se u svijetu troši na njegovo rudarenje: s vrhunca od oko 73 TWh spustila se na oko 43 TWh godišnje.',
    ],
    expect: [
      p('20.000 dolara', 20000),
      p('19.800 američkih dolara', 19800),
      p('1.000 dolara', 1000),
      p('3.300 američkih dolara', 3300),
      o('57 milijardi dolara', 57e9),
    ],
  },
  {
    url: 'http://www.bug.hr/komentari/bitcoin-pao-ispod-2000-dolara-se-brzo-oporav/161388.aspx',
    lang: 'hr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin pao ispod 2000 dolara, ali se brzo oporavio',
    blocks: [
      'Kada je 21. svibnja bitcoin prvi put u svojoj povijesti preskočio vrijednost od 2.000 dolara, bila je to vijest dana, ali i okidač da se mnogi počnu više zanimati za kriptovalute.',
      'Vrijednost Bitcoina je dalje vrludala, kako je to već uobičajeno, da bi 11. lipnja dosegla skoro 2.900 dolara! Dolaskom ljeta euforija se malo stišala i ovog vikenda se prvi put otkako je bitcoin prešao 2.000 dolara dogodilo da vrijednost padne ispod te „magične granice“. U nedjelju se Bitcoin srozao na „samo“ 1.830 dolara.',
      'Kriza je potrajala 24 sata, mnogi su već likovali po blogovima i forumima. Ipak, dolaskom ponedjeljka stvari su se smirile, vrijednost je opet porasla, da bi danas već došla do 2.365 dolara (u trenutku pisanja ovog teksta).',
    ],
    expect: [
      p('2.000 dolara', 2000),
      p('2.900 dolara', 2900),
      p('2.000 dolara', 2000),
      p('1.830 dolara', 1830),
      p('2.365 dolara', 2365),
    ],
  },
  {
    url: 'https://www.bug.hr/kriptovalute/bitcoin-pao-na-75000-dolara-prvi-put-nakon-deset-mjeseci-57208',
    lang: 'hr',
    tags: ['prose'],
    title: 'Bitcoin pao na 75.000 dolara prvi put nakon deset mjeseci',
    blocks: [
      'Vrijednost bitcoina doživjela je dramatičan pad tijekom vikenda, spustivši se u ponedjeljak rano ujutro na azijskim tržištima ispod 75.000 dolara. Ovaj oštar pad predstavlja desetomjesečni minimum, a cijena se približava razinama zabilježenima lanjskog proljeća.',
      'Tehnički pokazatelji dodatno zabrinjavaju trgovce jer se bitcoin sada nalazi ispod svog 200-dnevnog pomičnog prosjeka.',
    ],
    expect: [p('75.000 dolara', 75000)],
  },
  {
    url: 'https://www.bug.hr/kriptovalute/nakon-12-godina-vec-je-90-svih-bitcoina-izrudareno-24680',
    lang: 'hr',
    tags: ['prose', 'format'],
    title: 'Nakon 12 godina već je 90% svih bitcoina izrudareno',
    blocks: [
      'Rudarima se za rad procesora koji verificiraju transakcije dodjeljuje određena količina bitcoina, a ona se s vremenom smanjuje kroz proces poznat kao halving. Posljednji takav događaj zbio se u svibnju prošle godine, kada je nagrada koja se dodjeljuje svakih 10 minuta pala s 12,5 na 6,25 bitcoina. Tada je vrijednost jednog bitcoina iznosila manje od 9, a danas je na razini od oko 50 tisuća američkih dolara.',
    ],
    expect: [p('9', 9000), p('50 tisuća američkih dolara', 50000)],
  },
];
