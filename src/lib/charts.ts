import { z } from 'zod';

/** One chart as the converter writes it to content/data/charts.json: figures read from a table's cells. */
export const ChartSchema = z.object({
  /** The id of the table the figures come from; the chart is drawn beside it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The language of its words, for a chart of a generated page drawn once per language; absent: the report's Japanese. */
  lang: z.enum(['ja', 'en']).optional(),
  /** The table's caption or name. */
  title: z.string().min(1),
  kind: z.enum(['bar', 'line']),
  /** Unit of the values as printed (`億円`, `件`). */
  unit: z.string(),
  xLabel: z.string(),
  series: z.array(z.object({ name: z.string(), points: z.array(z.object({ x: z.string(), y: z.number().nullable() })).min(1) })).min(1),
});
export const ChartsFileSchema = z.object({ charts: z.array(ChartSchema) });
export type Chart = z.infer<typeof ChartSchema>;

/** The chart's text alternative: every value, series by series, in the table's order. */
export function chartSummary(chart: Chart): string {
  return chart.series
    .map((s) => `${s.name}：${s.points.map((p) => `${p.x} ${p.y === null ? '－' : `${p.y.toLocaleString('ja-JP')}${chart.unit}`}`).join('、')}`)
    .join('。') + '。';
}
