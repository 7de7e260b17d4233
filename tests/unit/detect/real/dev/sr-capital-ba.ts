import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://capital.ba/bitcoin-pao-vise-od-6-odsto',
    lang: 'sr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin pao više od 6 odsto',
    blocks: [
      'LONDON – Cijena bitcoina pala je danas za više od 6 odsto, nakon skoka u nedjelju na rekordnih 58.354 dolara, jer je rasprodaja akcija na svjetskim tržištima oslabila apetit investitora za rizikom.',
      'Najpopularnija svjetska kriptovaluta trgovala se do 11:00 časova po srednjoevropskom vremenu po cijeni od 54.000 dolara, javlja Rojters.',
      'Samo dan ranije dostigla je novi istorijski maksimum, pri čemu je gotovo udvostručila svoju vrijednost u odnosu na početak godine. Bitcoin je prošlog petka zabilježio tržišnu kapitalizaciju od bilion dolara.',
      'Rivalska virtuelna valuta, eter, takođe je danas pala za 7 odsto, na 1.798 dolara. Tanjug',
    ],
    expect: [
      p('58.354 dolara', 58354),
      p('54.000 dolara', 54000),
      o('bilion dolara', 1e12),
      o('1.798 dolara', 1798),
    ],
  },
  {
    url: 'https://capital.ba/vrijednost-bitcoina-premasila-16-000-dolara',
    lang: 'sr',
    tags: ['prose', 'anaphora'],
    title: 'Vrijednost bitcoina premašila 16.000 dolara',
    blocks: [
      'VAŠINGTON, Digitalna valuta Bitcoin je tokom 7. decembra premašila granicu od 16.000 dolara, čime je za više od 50 odsto uvećana u odnosu na prije nedjelju dana.',
      'Vrijednost najpoznatije kriptovalute u podne, prema sajtu coindesk.com, iznosila je 15.031 dolara, ali je ubrzo zatim pala.',
      'I pored stalnog rasta, vrijednost ovog novčića je nestabilna, pošto je danas krenula od 13.709 dolara i s rastom od 10.2 odsto došla na 15.058 dolara, pa pala na 13.336 dolara, i onda opet premašila nivo od 15.000 dolara, pa opet pala.',
      'Prije nedjelju dana Bitcoin je vrijedio manje od 10.000 dolara, a prije mjesec dana 7.033 dolara, dok je prije godinu dana vrijedio 767 dolara.',
      'Tradicionalne valute rijetko osciliraju u vrijednosti više od jedan odsto. Izuzetak su veliki ekonomski ili politički šokovi, kao kada je referendum o izlasku Velike Britanije iz Evropske unije oborio vrijednost funte u odnosu na dolar za 10 odsto.',
    ],
    expect: [
      p('16.000 dolara', 16000),
      p('15.031 dolara', 15031),
      p('13.709 dolara', 13709),
      p('15.058 dolara', 15058),
      p('13.336 dolara', 13336),
      p('15.000 dolara', 15000),
      p('10.000 dolara', 10000),
      p('7.033 dolara', 7033),
      p('767 dolara', 767),
    ],
  },
  {
    url: 'https://capital.ba/evro-danas-11759-dinara',
    lang: 'sr',
    tags: ['prose', 'format'],
    title: 'Evro danas 117,59 dinara',
    blocks: [
      'BEOGRAD, Dinar je danas neznatno promijenio vrijednost prema evru i zvanični srednji kurs je 117,5912 dinara za evro, objavila je Narodna banka Srbije.',
      'Dinar je prošle godine bio najslabiji 29. januara, kada je jedan evro koštao 118,4940 dinara, a najjači 19. novembra, kada je za evro bilo potrebno 117,4333 dinara.',
      'Da bi ublažila dnevne promjene kursa, NBS je prošle godine na Međubankarskom deviznom tržištu prodala 405 miliona evra, a kupila tri milijarde i 100 miliona evra. Beta',
    ],
    expect: [
      o('117,5912 dinara', 117.5912, 'RSD'),
      o('jedan evro', 1, 'EUR'),
      o('118,4940 dinara', 118.494, 'RSD'),
      o('117,4333 dinara', 117.4333, 'RSD'),
      o('405 miliona evra', 405e6, 'EUR'),
      o('tri milijarde i 100 miliona evra', 3.1e9, 'EUR'),
    ],
  },
];
