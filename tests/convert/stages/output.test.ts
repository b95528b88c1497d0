import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mdxToHast } from 'satteri';
import { escapeMdxText } from '../../../scripts/convert/emit/escape.ts';
import { inlinesToMdx } from '../../../scripts/convert/emit/mdx/inline.ts';
import { normaliseSpacing } from '../../../scripts/convert/emit/spacing.ts';

describe('normaliseSpacing', () => {
  const cases = [
    ['2020 年度', '2020年度'],
    ['IoT 機器', 'IoT機器'],
    ['東京 2020 大会', '東京2020大会'],
    ['Apache Struts 2 の脆弱性', 'Apache Struts 2の脆弱性'],
    ['柳  孝', '柳 孝'],
    ['内閣総務官 原 邦彰', '内閣総務官 原 邦彰'],
    ['２０２０年度　ＣＳＩＲＴ', '２０２０年度　ＣＳＩＲＴ'],
    ['（ 2020 年）', '（2020年）'],
    ['ユーザ企業向けβ 版テスト', 'ユーザ企業向けβ版テスト'],
    ['時期 ⇒ 「２０１３', '時期 ⇒ 「２０１３'],
    ['「情報開示分科会」 を開催。 同分科会において', '「情報開示分科会」を開催。同分科会において'],
    ['情報提供を受け 、フィッシング', '情報提供を受け、フィッシング'],
    ['図表１ 「高度サイバー攻撃', '図表１ 「高度サイバー攻撃'],
    ['（資産の保護） ⑮まとめと学力考査', '（資産の保護） ⑮まとめと学力考査'],
    ['結果概要（総評）  － 先導的な', '結果概要（総評） － 先導的な'],
  ] as const;
  for (const [input, output] of cases) test(`${input} → ${output}`, () => assert.equal(normaliseSpacing(input), output));

  const starts = [
    ['2.1.2.(1) 対策基準の策定', '2.1.2.(1) 対策基準の策定'],
    ['1.1 新たな価値創出', '1.1 新たな価値創出'],
    ['(2) サイバー犯罪への対策', '(2) サイバー犯罪への対策'],
    ['(2)中長期的な技術', '(2)中長期的な技術'],
    ['2020 年度の取組', '2020年度の取組'],
    ['約 2.1 倍', '約2.1倍'],
    ['66.41 件', '66.41件'],
    ['834.2 億円', '834.2億円'],
  ] as const;
  for (const [input, output] of starts) {
    test(`at a paragraph's start: ${input} → ${output}`, () => assert.equal(normaliseSpacing(input, { paragraphStart: true }), output));
  }
  test('an item number keeps its space only at the start of a paragraph', () => assert.equal(normaliseSpacing('1.1 新たな価値創出'), '1.1新たな価値創出'));
});

/** What a reader sees: the text of the paragraph MDX makes of one escaped line. */
function rendered(text: string): string {
  const tree = mdxToHast(escapeMdxText(text) + '\n', { features: { headingAttributes: true, smartPunctuation: false } }) as { children: unknown[] };
  const collect = (node: unknown): string => {
    const n = node as { type: string; tagName?: string; value?: string; children?: unknown[] };
    if (n.type === 'element' && n.tagName !== 'p') throw new Error(`MDX made a <${n.tagName}> of ${JSON.stringify(text)}`);
    // A string expression is text (escape.ts writes `{"@"}` to keep an address out of GFM's autolinks).
    if (n.type === 'mdxTextExpression' && /^"[^"]*"$/.test(n.value ?? '')) return JSON.parse(n.value!) as string;
    if (n.type !== 'root' && n.type !== 'element' && n.type !== 'text') throw new Error(`MDX made a ${n.type} node of ${JSON.stringify(text)}`);
    return n.value ?? (n.children ?? []).map(collect).join('');
  };
  return collect(tree).trim();
}

describe('escapeMdxText', () => {
  const hostile = [
    '{x}',
    '<script>alert(1)</script>',
    '</div>',
    "import x from 'y'",
    'export const a = 1',
    '- 24 -',
    '1. 内閣官房の施策',
    '# 見出しではない',
    '> 引用ではない',
    '*強調* _でも_ `コード` でも ~~ない~~ [リンク](x) ![画像](y)',
    '| a | b |',
    '&amp; &#x41; Q&A',
    'バックスラッシュ \\ と {{二重}}',
    'From : aaa@xxx.go.jp',
    '「@police」 www.npa.go.jp',
  ];
  for (const text of hostile) test(`renders ${JSON.stringify(text)} as the same text`, () => assert.equal(rendered(text), text));
});

describe('inlinesToMdx: links', () => {
  type Node = { type: string; name?: string; tagName?: string; value?: string; children?: Node[] };
  const links = (node: Node): Node[] => [
    ...(node.name === 'a' || node.tagName === 'a' ? [node] : []),
    ...(node.children ?? []).flatMap(links),
  ];
  const url = 'https://www.example.go.jp/a_b/index.html#2012_5';

  test('a URL in the report becomes one link, not a link nested in an autolink', () => {
    const mdx = inlinesToMdx([{ type: 'text', value: '（' }, { type: 'link', url }, { type: 'text', value: '）参照' }]);
    const tree = mdxToHast(mdx + '\n', { features: { headingAttributes: true, smartPunctuation: false } }) as Node;
    const found = links(tree);
    assert.equal(found.length, 1, mdx);
    // The link text is a string expression, so it reads exactly as the URL, with no escapes.
    assert.deepEqual(found[0]!.children!.map((c) => [c.type, c.value]), [['mdxTextExpression', JSON.stringify(url)]]);
    assert.match(mdx, /rel="noopener noreferrer"/);
  });
});
