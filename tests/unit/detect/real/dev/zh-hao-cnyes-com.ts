import { c, o, p, type RealCase } from '../labels';

const URL = 'https://hao.cnyes.com/hot/newest/比特幣挖礦';

export const cases: RealCase[] = [
  {
    url: URL,
    lang: 'zh-TW',
    tags: ['prose', 'format'],
    title: '#比特幣挖礦',
    blocks: [
      '2025 礦業新聞 Top10:礦企轉型 AI 狂潮、比特幣算力破 1 ZH/s、川普家族與泰達入局、主權國家挖礦興起等',
      '1. 礦企大規模轉型 AI/HPC,CoreWeave 百億併購 Core Scientific 成行業標竿。7 月,AI 基礎設施獨角獸 CoreWeave 宣佈以全股票交易方式收購比特幣礦企 Core Scientific,交易估值約 90 億美元。11 月,另一礦企 IREN 宣佈與微軟簽署為期五年的 GPU 雲端運算服務協議,總額高達 97 億美元。',
    ],
    expect: [o('90 億美元', 9000000000), o('97 億美元', 9700000000)],
  },
  {
    url: URL,
    lang: 'zh-TW',
    tags: ['cost', 'format', 'anaphora'],
    blocks: [
      '2. 比特幣全網算力突破 1 ZH/s,單幣全成本飆升至 13.7 萬美元',
      '2025 年 12 月,比特幣全網算力正式突破 1 ZH/s(ZettaHash)這一象徵性門檻。據 CryptoRank 資料顯示,上市礦企挖掘 1 枚 BTC 的平均現金成本已達約 7.46 萬美元;若計入折舊與股權激勵(SBC),全成本更是升至約 13.78 萬美元。高昂的成本導致礦機回本周期延長至超過 1200 天。',
      '3. 川普家族深度入局,Eric Trump 創立 American Bitcoin Corp 並尋求上市。3 月,川普次子 Eric Trump 與礦企 Hut 8 聯合成立 American Bitcoin Corp(ABTC)。該公司隨後籌集了 2.2 億美元資金。',
    ],
    expect: [
      c('13.7 萬美元', 137000),
      c('7.46 萬美元', 74600),
      c('13.78 萬美元', 137800),
      o('2.2 億美元', 220000000),
    ],
  },
  {
    url: 'https://hao.cnyes.com/post/228857',
    lang: 'zh-TW',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      '比特幣在1月21日亞洲交易時段跌破心理關口9萬美元,標誌著一輪關鍵技術位的失守,也幾乎抹去了該資產在2026年年初以來的全部漲幅。',
      '根據CryptoSlate彙編的資料,過去24小時內,比特幣一度下探至87,282美元的日內低點。',
      'CoinGlass資料顯示,過去48小時內,持有多頭頭寸的交易者累計損失超過15億美元。這些資金此前押注比特幣突破10萬美元,卻在價格未能守住9萬美元上方時被迫止損。',
      'CryptoQuant的“Net Taker Volume”指標在1月20日錄得負3.19億美元,顯示賣方以明顯優勢壓過買方,流動性被迅速消耗。',
      '這一指標在短期內第二次跌破負3億美元。上一次發生在1月16日,當時比特幣仍在95,000美元上方交易。',
      'CryptoQuant的Whale Screener資料顯示,1月20日,超過400萬美元值的比特幣被轉入現貨交易所;而在1月15日,類似的轉入規模接近5億美元。',
    ],
    expect: [
      p('9萬美元', 90000),
      p('87,282美元', 87282),
      o('15億美元', 1.5e9),
      p('10萬美元', 100000),
      p('9萬美元', 90000),
      o('3.19億美元', 3.19e8),
      o('3億美元', 3e8),
      p('95,000美元', 95000),
      o('400萬美元', 4e6),
      o('5億美元', 5e8),
    ],
  },
];
