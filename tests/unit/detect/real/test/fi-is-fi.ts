import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.is.fi/taloussanomat/art-2000005905642.html',
    lang: 'fi',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoinin kurssi laski jo lähelle 4 000 dollarin rajaa',
    blocks: [
      'Bitcoinin kurssi laski jo lähelle 4 000 dollarin rajaa',
      'Kryptovaluutta bitcoinin kurssin alamäki näyttää jatkuvan yhä. Luisu on tarttunut myös muihin kryptovaluuttoihin.',
      'Kun bitcoin aloitti kuluvan vuoden yli 14 000 dollarissa, se on nyt laskenut noin 4 290 dollariin. Maanantaina kurssi romahti 12 prosenttia.',
      'Viime vuonna ennen joulua Bitcoin kävi lähes 20 000 dollarissa. Tuolloin alkoi futuurikauppa bitcoineilla Chicagon johdannaispörssissä.',
    ],
    expect: [
      p('4 000 dollarin', 4000),
      p('14 000 dollarissa', 14000),
      p('4 290 dollariin', 4290),
      p('20 000 dollarissa', 20000),
    ],
  },
  {
    url: 'https://www.is.fi/taloussanomat/art-2000008137549.html',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Kryptovaluuttojen kurssit laskivat maanantai-iltana. Bitcoinin arvo romahti alle 30 000 dollariin ensimmäistä kertaa sitten kesäkuun 22. päivän.',
      'Bitcoin ylsi historiansa korkeimmalle tasolle 65 000 dollariin viime huhtikuussa, mutta sen jälkeen Bitcoinin kurssi on pudonnut yli 50 prosenttia.',
      'Kryptomarkkinoilta hävisi noin 98 miljardia dollaria vuorokaudessa, kun useiden kryptovaluuttojen kurssit laskivat maanantai-iltana.',
      'Kryptovaluuttoja välittävän Lunon liiketoiminnan kehitysjohtaja Vijay Ayyar arvioi CNBC:lle, että Bitcoinin kurssin lasku alle 30 000 dollariin saattaa osoittautua merkittäväksi. Hänen mukaansa Bitcoinin arvo voi laskea edelleen 22 000–24 000 dollariin.',
    ],
    expect: [
      p('30 000 dollariin', 30000),
      p('65 000 dollariin', 65000),
      o('98 miljardia dollaria', 9.8e10),
      p('30 000 dollariin', 30000),
      p('22 000', 22000),
      p('24 000 dollariin', 24000),
    ],
  },
  {
    url: 'https://www.is.fi/taloussanomat/art-2000007687526.html',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Virtuaalivaluutan kurssi kohosi yli 21 000 dollarin.',
      'Maailman tunnetuimman kryptovaluutan bitcoinin hurja arvonnousu jatkuu. Se on ylittänyt ensi kertaa historiassaan 20 000 dollarin eli noin 16 400 euron rajan.',
      'Bitcoinin kurssi nousi Suomen aikaa torstain vastaisena yönä jo noin 21 300 dollariin. Arvo nousi yhdessä päivässä 10 prosentilla.',
      'Esimerkiksi viime viikolla uutisoitiin 169-vuotiaan yhdysvaltalaisen vakuutusyhtiön Massachusetts Mutual Life Insurancen ostaneen sijoitusrahastoonsa bitcoineja 100 miljoonalla dollarilla.',
      'Alussa virtuaalivaluutan arvo pyöri vain senteissä. Kesällä 2011 se nousi hetkellisesti huippuunsa, reiluun 30 dollariin, kunnes laski sen alle taas lähes pariksi vuodeksi.',
      'Sitten se taantui jälleen useammaksi vuodeksi, kunnes vuonna 2017 alkoi tapahtua. Vuoden aikana bitcoinin kurssi ampaisi alle tuhannesta dollarista liki 20 000:een.',
    ],
    expect: [
      p('21 000 dollarin', 21000),
      p('20 000 dollarin', 20000),
      p('16 400 euron', 16400, 'EUR'),
      p('21 300 dollariin', 21300),
      o('100 miljoonalla dollarilla', 1e8),
      p('30 dollariin', 30),
      p('tuhannesta dollarista', 1000),
      p('20 000:een', 20000),
    ],
  },
  {
    url: 'https://www.is.fi/digitoday/tietoturva/art-2000006704088.html',
    lang: 'fi',
    tags: ['prose', 'format'],
    blocks: [
      'Vastaamon asiakkaita kiristävä taho nimesi erikseen Bittiraha.fin lauantaina uhreille lähettämässään kiristyskirjeessä. Viestissä annettiin tarkat ohjeet: mikäli uhri maksaisi lunnaat 48 tunnin sisällä, summa olisi 200 euron edestä bitcoineja. Tämän jälkeen vaatimus nousisi 500 euroon.',
    ],
    expect: [o('200 euron', 200, 'EUR'), o('500 euroon', 500, 'EUR')],
  },
];
