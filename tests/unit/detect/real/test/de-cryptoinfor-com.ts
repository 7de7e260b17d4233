import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoinfor.com/krypto-news/bitcoin-miner-riot-platforms-meldet-verlust-trotz-rekordumsatz',
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin-Miner Riot Platforms meldet Verlust – trotz Rekordumsatz',
    blocks: [
      'Bitcoin-Miner Riot Platforms meldet Verlust – trotz Rekordumsatz',
      'Das Bitcoin-Mining-Unternehmen Riot Platforms erzielte im ersten Quartal dieses Jahres einen Umsatz von über 160 Millionen US-Dollar, ein Plus von 50 Prozent gegenüber dem Vorjahresquartal.',
      '„Wir haben in diesem Quartal einen neuen Umsatzmeilenstein von 161,4 Millionen US-Dollar erreicht“, sagte Riot-CEO Jason Les im Quartalsbericht.',
      'Zugleich wies das Unternehmen einen Verlust von 296.000 US-Dollar aus. Im Vorjahresquartal hatte der Nettogewinn noch bei 211.000 US-Dollar gelegen, ein Rückgang von 240 Prozent.',
      'Laut Unternehmen liegt das an den gestiegenen Mining-Kosten, die sich gegenüber dem Vorjahreszeitraum fast verdoppelt haben.',
      'Am 1. Mai schloss die Aktie von Riot Platforms (RIOT) mit einem Plus von 7,32 Prozent bei 7,77 US-Dollar.',
    ],
    expect: [
      o('160 Millionen US-Dollar', 160000000),
      o('161,4 Millionen US-Dollar', 161400000),
      o('296.000 US-Dollar', 296000),
      o('211.000 US-Dollar', 211000),
      o('7,77 US-Dollar', 7.77),
    ],
  },
  {
    url: 'https://cryptoinfor.com/?p=11562',
    lang: 'de',
    tags: ['cost', 'prose'],
    blocks: [
      'Die Experten von JPMorgan gehen davon aus, dass die Kosten für das Bitcoin-Mining bei 77.000 US-Dollar liegen.',
      'Ihrer Ansicht nach zwingt eine anhaltende Korrektur unter dieses Preisniveau die Minenbetreiber, ihre Geschäftstätigkeit einzustellen.',
      'Analysten von JPMorgan schätzen die Produktionskosten von Bitcoin auf etwa 77.000 US-Dollar, deutlich niedriger als noch vor einigen Wochen, berichtete CoinDesk unter Berufung auf den Bericht der Bank.',
      'Ein anhaltender Preisverfall unter dieses Niveau kann die Miner unter Druck setzen und Betreiber mit hohen Kosten zur Aufgabe zwingen, was wiederum die durchschnittlichen Produktionskosten im Netzwerk senkt.',
    ],
    expect: [c('77.000 US-Dollar', 77000), c('77.000 US-Dollar', 77000)],
  },
];
