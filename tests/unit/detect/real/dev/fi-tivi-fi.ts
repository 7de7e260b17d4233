import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tivi.fi/uutiset/tv/54edbf27-fad1-4d1e-9c47-985e94008c1b',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Bitcoinin hinta kohosi keskiviikkona noin 55 000 dollariin, mikä on korkein taso sitten toukokuun alun. Korkeimmillaan kurssi oli huhtikuussa, kun yhden bitcoinin arvo kävi yli 63 000 dollarissa.',
      'Vielä viikko sitten bitcoinin arvo oli noin 43 000 dollaria. Keskiviikkona hinta hyppäsi peräti 10 prosenttia.',
      'Kurssinousun myötä bitcoinin markkina-arvo on jälleen ylittänyt tuhannen miljardin dollarin rajan. Bitcoinin markkina-arvo on siis nyt suurempi kuin Facebookin.',
      'Kaikkien kryptovaluuttojen yhteenlaskettu markkina-arvo on noin 2,3 tuhatta miljardia, mikä ylittää maailman arvokkaimman yhtiön Applen markkina-arvon.',
    ],
    expect: [
      p('55 000 dollariin', 55000),
      p('63 000 dollarissa', 63000),
      p('43 000 dollaria', 43000),
      o('tuhannen miljardin dollarin', 1e12),
    ],
  },
  {
    url: 'https://www.tivi.fi/uutiset/tv/172f16a5-abec-4d94-b623-347dd609904d',
    lang: 'fi',
    tags: ['prose', 'format'],
    blocks: [
      'Suurin kohina kryptovaluuttojen maailmassa käy tällä hetkellä bitcoinin ympärillä, mutta samaan aikaan markkinaosuudeltaan maailman toiseksi suurin kryptovaluutta ethereum on kasvattanut arvoaan mukavasti. Torstaiaamuna ethereumin arvo kävi 2800 dollarissa.',
      'Vuoden alusta ethereumin arvo on noussut peräti 273 prosenttia, kun samalla jaksolla bitcoin on noussut 86 prosenttia.',
      'Myös ethereumin arvo heilahtelee melkoisesti, kuvailee Fortune. Jos ethereumia olisi ostanut 22. huhtikuuta ja myynyt kolme päivää myöhemmin, olisi jokaisella rahayksiköllä menettänyt 500 dollaria.',
      'Fortune laski muutamia esimerkkejä siitä, paljonko potin arvo olisi nyt, jos ethereumia olisi vuosien varrella ostanut tuhannella dollarilla.',
      'Elokuussa 2015 ethereum oli alle dollarissa. Jos sitä olisi tuolloin ostanut tuhannella dollarilla, potin arvo olisi nyt yli neljä miljoonaa dollaria.',
      'Ensimmäinen merkittävä piikki ethereumille tuli kesäkuussa 2017, ja silloinen tonnin sijoitus olisi nyt noin 8000 dollarin arvoinen.',
      'Tammikuussa 2018 ostettu tuhannen dollarin potti olisi nyt vajaan kahden tuhannen dollarin arvoinen. Huhtikuussa samana vuonna valuuttaa olisi saanut moninkertaisesti, ja nyt sen arvo olisi noin 7300 dollaria. Joulukuuhun 2018 mennessä arvo oli pudonnut jo niin paljon, että 1000 dollarin sijoitus olisi tänä päivänä yli 33 000 dollarin arvoinen.',
    ],
    expect: [
      o('2800 dollarissa', 2800),
      o('500 dollaria', 500),
      o('tuhannella dollarilla', 1000),
      o('dollarissa', 1),
      o('tuhannella dollarilla', 1000),
      o('neljä miljoonaa dollaria', 4e6),
      o('8000 dollarin', 8000),
      o('tuhannen dollarin', 1000),
      o('kahden tuhannen dollarin', 2000),
      o('7300 dollaria', 7300),
      o('1000 dollarin', 1000),
      o('33 000 dollarin', 33000),
    ],
  },
  {
    url: 'https://www.tivi.fi/uutiset/tv/054f0432-98ef-4bfe-969e-e6ef36ab6991',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Maanantaina koettiin viimein kryptomaailman pitkään odottama tapahtuma, bitcoinin puolitus. Käytännössä se tarkoittaa, että tästä lähtien bitcoinin louhijoille maksettavat palkkiot ovat puolet pienempiä. Yhden bitcoinlohkon louhimisesta maksetaan nyt 6,25 bitcoinin palkkio.',
      'Puolituksen jälkeen bitcoinin arvo on aiempina vuosina noussut rajusti. Äkkirikastumista odottaneet joutuivat kuitenkin maanantaina pettymään, sillä kryptorahan arvo pysyi vajaassa 10 000 dollarissa, jossa se oli ollut koko edellisen viikon.',
      'Pääomasijoittaja Tim Draper ennusti maanantaina bitcoinin arvon kipuavan peräti 250 000 dollariin viimeistään vuonna 2023. Arvonnousua hän perustelee puolittumisen lisäksi dollarin inflaatiolla.',
      'Draperin omaisuuden arvo on arviolta noin miljardi dollaria.',
    ],
    expect: [p('10 000 dollarissa', 10000), p('250 000 dollariin', 250000), o('miljardi dollaria', 1e9)],
  },
  {
    url: 'https://www.tivi.fi/uutiset/tv/1047e9ff-bf1e-4dc8-8726-3b255eed36af',
    lang: 'fi',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Tällä hetkellä hashrate on yhä 42 prosenttia alempi kuin toukokuun huippulukemissa. Alhainen hashrate tarkoittaa, että nyt louhivat tienaavat bitcoineja selvästi helpommin kuin keväällä.',
      'Bitcoinin arvo kävi huhtikuun puolivälissä yli 54 000 eurossa, mutta lähti vähän myöhemmin jyrkkään laskuun. Heinäkuun puolivälin jälkeen arvo oli vain reilussa 25 000 eurossa, mutta on sittemmin noussut lähelle 40 000 euroa.',
    ],
    expect: [
      p('54 000 eurossa', 54000, 'EUR'),
      p('25 000 eurossa', 25000, 'EUR'),
      p('40 000 euroa', 40000, 'EUR'),
    ],
  },
  {
    url: 'https://www.tivi.fi/Kaikki_uutiset/suomen-poliisi-sai-yhdessa-takavarikossa-450-000-euron-arvosta-bitcoineja-6728655',
    lang: 'fi',
    tags: ['prose', 'format'],
    title: 'Suomen poliisi sai yhdessä takavarikossa 450 000 euron arvosta bitcoineja',
    blocks: [
      'Poliisin haltuun päätyy takavarikoissa virtuaalivaluuttaa. Tänä vuonna yksi ainoa tapaus toi poliisille noin 71 bitcoinia, joiden arvo euroissa on tämän hetken kurssilla noin 450 000 euroa.',
    ],
    expect: [o('450 000 euroa', 450000, 'EUR')],
  },
];
