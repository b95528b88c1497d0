import type { BlockContext } from '../blockContext.ts';
import type { UnitDeclaration } from '../../data/schema.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, BylineNode } from '../../types.ts';
import { inlineText } from '../inlines.ts';
import { pageHref } from '../../pageHref.ts';

/** L16326 `最高情報セキュリティ責任者`; 警察庁 prints `最高情報セキュリティ管理者` (L16780). */
const CISO_ROLE = /^最高情報セキュリティ(責任者|管理者)$/;

/**
 * L17018 `(1)情報セキュリティ対策推進体制の一層の強化`, L17260 `（１）リスクの低減…`: a numbered line, not a
 * sentence; a 。 inside brackets (L17563 `（以下「…」という。）`) does not end one.
 */
const NUMBERED_TITLE = /^[(（]([0-9０-９]+)[)）][^。]*$/;

const NUMBER_START = /^[(（][0-9０-９]+[)）]/;

const numberedTitle = (b: BlockNode | undefined): RegExpMatchArray | null =>
  b?.type === 'paragraph' ? inlineText(b.children).trim().replace(/(?<=.)（[^（）]*）/g, '').match(NUMBERED_TITLE) : null;

/** Where the measures issue publishes one page per ministry (`/ministries/<id>/`). */
const MINISTRY_PAGES = 'ministries';

/**
 * 別添3 (seed-structure.md §3.4): under each ministry's name, the CISO's title and the holder's post and
 * name become a byline that links to the ministry's measures. A ministry page without them stops the run.
 * Numbered lines that head prose become headings under their ministry, the number kept as printed.
 */
export function ministrySections(blocks: readonly BlockNode[], context: BlockContext, declaration: UnitDeclaration): BlockNode[] {
  const result: BlockNode[] = [];
  let ministryId = '';
  let section = '';
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type === 'heading' && block.id.startsWith(`${declaration.id}-`)) {
      ministryId = block.id.slice(declaration.id.length + 1);
      section = block.id;
      result.push(block);
      continue;
    }
    // A numbered line that heads prose or a list (総務省 (1)–(3), 外務省 （１）（２）) is a heading; one followed
    // by the next numbered line or the next ministry is an item of a list (経済産業省 （１）–（６）).
    const title = numberedTitle(block);
    const after = blocks[k + 1];
    if (section && title && block.type === 'paragraph' && after && after.type !== 'heading' && !(after.type === 'paragraph' && NUMBER_START.test(inlineText(after.children).trim()))) {
      const number = String(Number(title[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))));
      result.push({ type: 'heading', depth: 3, id: `${section}-${number}`, label: '', children: block.children, lines: block.lines, position: block.position });
      continue;
    }
    const holder = blocks[k + 1];
    if (ministryId && block.type === 'paragraph' && CISO_ROLE.test(inlineText(block.children).trim())) {
      if (holder?.type !== 'paragraph' || holder.lines.length !== 1) {
        fail({ line: block.lines[0]!, column: 1, reason: 'a CISO title without the holder on the next line', rule: 'ministrySections/holder-missing', fix: 'the holder is one line right after the title: check CISO_ROLE in stages/annexes/ministrySections.ts, and the paragraph rule that joined or split these lines (stages/lineEnds.ts)', found: quoteLine(context.lines[block.lines[0]! - 1]!.text) });
      }
      const byline: BylineNode = {
        type: 'byline',
        role: block.children,
        holder: holder.children,
        ministryId,
        url: pageHref(declaration.slug, `${MINISTRY_PAGES}/${ministryId}`),
        lines: [...block.lines, ...holder.lines],
        position: { start: block.position.start, end: holder.position.end },
      };
      result.push(byline);
      ministryId = '';
      k += 1;
      continue;
    }
    result.push(block);
  }
  return result;
}
