/** Words the generator adds around the report text on Japanese pages; never report text. */
export const generatedText = {
  footnotesHeading: '脚注',
  footnoteBack: '本文の参照箇所に戻る',
  imageNotice: '（この図表は原本のPDFでは画像のため、テキスト版には含まれていません。）',
  contentsHeading: 'このページの構成',
  imageOnlyNotice:
    'この別添の内容は、原本のPDFでは主に図や表の画像です。このテキスト版には、画像の外に印刷された見出しと文字だけが含まれています。図表の内容は原本のPDFでご確認ください。',
  glossaryIndex: '索引',
  ministryMeasures: 'この府省庁の施策（別添1・別添2）',
  measuresColumn: '施策',
  figureText: '図の中に書かれている文字：',
  annex1Link: '別添1（2020年度計画）',
  annex2Link: '別添2（2019年度実施状況）',
} as const;
