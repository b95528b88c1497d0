import type { UnitDeclaration } from './data/schema.ts';
import type { BlockContext } from './stages/blockContext.ts';
import { budget } from './stages/annexes/budget.ts';
import { chartTitles } from './stages/annexes/chartTitles.ts';
import { countTables } from './stages/annexes/countTables.ts';
import { dataSets } from './stages/annexes/dataSets.ts';
import { errata } from './stages/annexes/errata.ts';
import { figureText, figureTextPageEnds } from './stages/annexes/figureText.ts';
import { glossary } from './stages/annexes/glossary.ts';
import { incidents } from './stages/annexes/incidents.ts';
import { inspectionItems } from './stages/annexes/inspectionItems.ts';
import { ministrySections } from './stages/annexes/ministrySections.ts';
import { actionPlanItems } from './stages/annexes/actionPlanItems.ts';
import { progressTables } from './stages/annexes/progressTables.ts';
import { responsibilities } from './stages/annexes/responsibilities.ts';
import { slides } from './stages/annexes/slides.ts';
import { spfSettings } from './stages/annexes/spfSettings.ts';
import { surveyCharts } from './stages/annexes/surveyCharts.ts';
import { trainingTables } from './stages/annexes/trainingTables.ts';
import { columns } from './stages/columns.ts';
import { contents } from './stages/contents.ts';
import { headings, type InlineParagraph } from './stages/headings.ts';
import { imagePlaces } from './stages/imagePlaces.ts';
import { measureTables } from './stages/measureTables/index.ts';
import type { BlockNode } from './types.ts';

/** A block stage works on one unit's blocks (a documented exception to the tree-stage contract, stage.ts). */
export type BlockStage = (blocks: readonly BlockNode[], context: BlockContext, declaration: UnitDeclaration) => BlockNode[];

/** The annex stages, by unit id: each rebuilds what the extraction flattened on that page. */
const annexStages: Readonly<Record<string, readonly BlockStage[]>> = {
  a3: [ministrySections],
  'a4-3': [inspectionItems],
  'a4-5': [trainingTables, figureText],
  'a4-6': [figureText, spfSettings],
  'a4-7': [figureText],
  'a4-8': [surveyCharts],
  'a4-9': [incidents],
  'a4-10': [budget],
  'a5-2': [progressTables, actionPlanItems],
  'a5-5': [countTables],
  a6: [dataSets, chartTitles],
  a7: [responsibilities],
  a8: [(blocks, context) => glossary(blocks, context, context.glossaryRules)],
  errata: [errata],
};

type ParagraphStage = (paragraphs: readonly InlineParagraph[], context: BlockContext) => InlineParagraph[];

/** Stages that correct where a paragraph ends before headings are found: the pages with figure text printed after their footnotes. */
const paragraphStages: Readonly<Record<string, readonly ParagraphStage[]>> = {
  'a4-5': [figureTextPageEnds],
  'a4-6': [figureTextPageEnds],
  'a4-7': [figureTextPageEnds],
};

/** The block stages each unit goes through, in order; annex-specific stages join here. */
export function unitBlocks(declaration: UnitDeclaration, paragraphs: readonly InlineParagraph[], context: BlockContext): BlockNode[] {
  const paras = (paragraphStages[declaration.id] ?? []).reduce((ps, stage) => stage(ps, context), paragraphs);
  let blocks = contents(columns(headings(declaration, paras, context.ministries)), context);
  if (declaration.kind === 'annexSection') blocks = measureTables(blocks, { ...context, section: declaration.heading!.slice(0, 1), sectionTitle: context.title, unitId: declaration.id });
  if (declaration.slides || declaration.imageOnly) blocks = slides(blocks, context, declaration);
  for (const stage of annexStages[declaration.id] ?? []) blocks = stage(blocks, context, declaration);
  return imagePlaces(blocks);
}
