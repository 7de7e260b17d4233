import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://fin.afterdawn.com/uutiset/artikkeli.cfm/2018/02/02/bitcoin-kupla-puhkeaa-arvo-kavi-jo-alle-8000-dollarissa',
    lang: 'fi',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Viimeisen vuorokauden aikana bitcoin kävi ensimmäistä kertaa sitten viime vuoden marraskuun alle 8000 dollarin arvon. Pudotus alle 8000 dollarin kesti kuitenkin vain alle tunnin. Nyt yhden bitcoinin arvo on jo noin 8500 dollaria. Parhaimmillaan bitcoinin arvo oli kuitenkin 18. joulukuuta, jolloin yhtä bitcoinia kohden sai 19 500 dollaria.',
      'Tammikuun lopun jälkeen bitcoinin arvosta on sulanut lähes 30 prosenttia.',
    ],
    expect: [
      p('8000 dollarin', 8000),
      p('8000 dollarin', 8000),
      p('8500 dollaria', 8500),
      p('19 500 dollaria', 19500),
    ],
  },
  {
    url: 'http://fin.afterdawn.com/uutiset/artikkeli.cfm/2017/10/23/bitcoin-takoo-taas-ennatyksia-markkina-arvo-puhkaisi-100-miljardin-rajan',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Virtuaalivaluutta on jatkanut huimaa nousuaan ja rikkoo jatkuvasti uusia ennätyksiä. Tällä kertaa bitcoinin ja Yhdysvaltain dollarin vaihtokurssi on jo yli 6000 dollarissa, kun vielä tämän vuoden alussa valuutan arvo keikkui 1000 dollarin paikkeilla.',
      'Tuorein ennätysnoteeraus on siinäkin mielessä kiinnostava, että se nostaa kaikkien liikkeellä olevien bitcoinien markkina-arvon 100 miljardiin dollariin. Jos bitcoin olisi yritys, sen arvo olisi kolminkertainen Nokiaan verrattuna. Bitcoinin arvo on kuitenkin pudonnut parin viime tunnin aikana hieman, ja vaihtosuhde on enää noin 5900 dollaria.',
    ],
    expect: [
      p('6000 dollarissa', 6000),
      p('1000 dollarin', 1000),
      o('100 miljardiin dollariin', 1e11),
      p('5900 dollaria', 5900),
    ],
  },
  {
    url: 'http://fin.afterdawn.com/uutiset/artikkeli.cfm/2017/12/25/bitcoinin-arvosta-suli-viikossa-noin-30-prosenttia',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Bitcoinin kurssikehityksestä ei ole tänä vuonna juuri tarvinnut kirjoittaa synkkiä uutisia, mutta joulu näyttää olevan bitcoin-sijoittajille mustaa aikaa. Virtuaalivaluutan arvosta on kuluvan viikon aikana sulanut 29 prosenttia.',
      'Parhaimmillaan bitcoinilla käytiin kauppaa joulua edeltäneenä sunnuntaina 19 700 dollarilla, mutta nyt yhden bitcoinin saa omakseen reilulla 14 000 dollarilla. Kuukausitasolla nousu on silti yhä mahtava, sillä marraskuun lopulla bitcoinin arvo oli noin 8100 dollaria. Vielä vuosi sitten bitcoin maksoi vajaa 1000 dollaria – arvo on tuoreen pudotuksen jälkeenkin noussut tänä vuonna 14-kertaiseksi.',
    ],
    expect: [
      p('19 700 dollarilla', 19700),
      p('14 000 dollarilla', 14000),
      p('8100 dollaria', 8100),
      p('1000 dollaria', 1000),
    ],
  },
];
