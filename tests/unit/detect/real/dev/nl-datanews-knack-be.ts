import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://datanews.knack.be/ict/nieuws/bitcoin-daalt-nu-411-dagen-op-rij/article-normal-1425161.html',
    lang: 'nl',
    tags: ['cost', 'anaphora', 'format'],
    title: 'Bitcoin daalt nu 411 dagen op rij',
    blocks: [
      'In december 2017 piekte bitcoin, na een jaar waarin de munt razendsnel van een duizend dollar naar 19.000 dollar voor één bitcoin klom. Sindsdien gaat de waarde omlaag.',
      "Volgens JPMorgan Chase & Co kost het nu meer om een bitcoin te 'mijnen' dan hij bij verkoop opbrengt. De bank rekende uit dat één bitcoin produceren wereldwijd gemiddeld zo'n 4.060 dollar kostte in het laatste kwartaal van 2018. De munt zelf was toen zo'n 3.600 dollar waard.",
      "Het gaat wel om een wereldwijd gemiddelde. Een producent met lage kosten in China zou volgens JPMorgan een bitcoin kunnen delven voor zo'n 2.400 dollar.",
    ],
    expect: [
      p('duizend dollar', 1000),
      p('19.000 dollar', 19000),
      c('4.060 dollar', 4060),
      p('3.600 dollar', 3600),
      c('2.400 dollar', 2400),
    ],
  },
  {
    url: 'https://datanews.knack.be/ict/nieuws/bitcoin-rondt-de-kaap-van-12-000-dollar/article-news-1481119.html',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bitcoin rondt de kaap van 12.000 dollar',
    blocks: [
      'Bitcoin rondt de kaap van 12.000 dollar',
      'Begin mei stond de bitcoin nog op 6.000 dollar. Zondag noteerde de munt enkele uren boven de 11.000 dollar. Nu is de bitcoin rond de 12.236 dollar (10.770 euro) waard. Sinds december 2017 was de 12.000-dollargrens niet meer doorbroken; die maand piekte de cryptomunt op 19.511 dollar.',
    ],
    expect: [
      p('12.000 dollar', 12000),
      p('6.000 dollar', 6000),
      p('11.000 dollar', 11000),
      p('12.236 dollar', 12236),
      p('10.770 euro', 10770, 'EUR'),
      p('12.000-dollar', 12000),
      p('19.511 dollar', 19511),
    ],
  },
  {
    url: 'http://datanews.knack.be/ict/nieuws/ethereum-doorbreekt-grens-van-duizend-dollar/article-normal-946785.html',
    lang: 'nl',
    tags: ['format', 'anaphora'],
    title: 'Ethereum doorbreekt grens van duizend dollar',
    blocks: [
      'Na het succes van bitcoin vorig jaar winnen nu andere munten aan populariteit, vooral ripple en ethereum. Alle cryptomunten samen zijn volgens CoinMarketCap al meer dan 750 miljard dollar waard.',
      'Begin 2017 was één ether nog minder dan 10 dollar waard. In het najaar kwam de vraag in een stroomversnelling en steeg de waarde tot bijna 880 dollar. Nu breekt de ether voor het eerst door het plafond van de duizend dollar.',
    ],
    expect: [
      o('750 miljard dollar', 750e9),
      o('10 dollar', 10),
      o('880 dollar', 880),
      o('duizend dollar', 1000),
    ],
  },
];
