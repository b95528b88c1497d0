/** Words the generator adds around the report text on Japanese pages; never report text. */
export const generatedText = {
  footnotesHeading: '脚注',
  footnoteBack: '本文の参照箇所に戻る',
  imageNotice: '（この図表は原本のPDFでは画像のため、テキスト版には含まれていません。）',
  contentsHeading: 'このページの構成',
  openData: 'この別添の表の全行は、オープンデータとしても公開しています（別添１・別添２の共通ファイル）：',
  counterpartOf2020: '2019年度の計画と実績',
  counterpartOf2019: '2020年度の計画',
  newIn2020: '2020年度の新規施策',
  endedIn2019: '2020年度の計画に対応する施策なし',
  imageOnlyNotice:
    'この別添の内容は、原本のPDFでは主に図や表の画像です。このテキスト版には、画像の外に印刷された見出しと文字だけが含まれています。図表の内容は原本のPDFでご確認ください。',
} as const;
