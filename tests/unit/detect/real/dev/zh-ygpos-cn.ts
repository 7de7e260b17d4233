import { o, p, type RealCase } from '../labels';

// The page glues pinyin readings after some characters: "7萬(wàn)元".
const URL = 'http://m.ygpos.cn/hot/1084-383055.html';

export const cases: RealCase[] = [
  {
    url: URL,
    lang: 'zh-TW',
    tags: ['prose', 'format'],
    title: '比特幣挖礦狂熱:礦機售罄,芯片斷供,筆記本電腦里拆顯卡',
    blocks: [
      '這可能是礦工李文最成功的一筆投資。',
      '去年6月,他耗費(fèi)7萬(wàn)元購(gòu)買的10臺(tái)二手礦機(jī),不但挖出來的比特幣價(jià)格暴漲,“礦機(jī)價(jià)格也翻了好幾倍,賺兩頭的錢”,李文很得意。',
      '而入場(chǎng)更早的Peter,收獲更豐。',
      '他在2019年夏天耗資大約200萬(wàn),入手200臺(tái)神馬M20S礦機(jī),迄今為止產(chǎn)出了50多個(gè)比特幣,價(jià)格超過1600萬(wàn)元。除去每個(gè)月15萬(wàn)元的電費(fèi),凈盈利超過千萬(wàn)。',
    ],
    expect: [
      o('7萬(wàn)元', 70000, 'CNY'),
      o('1600萬(wàn)元', 16000000, 'CNY'),
      o('15萬(wàn)元', 150000, 'CNY'),
    ],
  },
  {
    url: URL,
    lang: 'zh-TW',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      '礦機(jī)暴漲,一貨難求',
      '2020年6月,李文花了7萬(wàn)元,買進(jìn)10臺(tái)二手神馬M20S礦機(jī),每臺(tái)算力65T,這10臺(tái)礦機(jī)每年可挖1個(gè)比特幣,按照現(xiàn)在的幣價(jià),價(jià)值超過30萬(wàn)元。',
      '入手礦機(jī)一段時(shí)間後,他認(rèn)為回報(bào)率不錯(cuò),便在年底前又投入70萬(wàn),買入50多臺(tái)不同型號(hào)的礦機(jī)。',
    ],
    expect: [o('7萬(wàn)元', 70000, 'CNY'), p('30萬(wàn)元', 300000, 'CNY')],
  },
];
