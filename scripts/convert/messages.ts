/**
 * Conversion messages are vfile-messages. A stage reports through the call shape
 * `fail({ line, column, reason, rule, expected?, found?, fix?, file? })` (or `warn(file, {…})`), and
 * the fields land on the message as vfile defines them:
 *   rule → `ruleId` (`stage/rule`, e.g. `footnotes/marker-missing`), expected → `expected` (one entry),
 *   found → `actual`, fix → `note`, the file at fault → `file` (the seed text unless a data file is the
 *   cause: `content/measures/links.csv` at its row, `scripts/convert/data/en.json` at its key),
 *   error → `fatal: true`, warning → `fatal: false`.
 * Each prints as one clickable head line `path:line:column: severity: reason [rule]`, then the details;
 * vfile-reporter's grouped table would lose the clickable `path:line:column`.
 */
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

export const SOURCE_PATH = 'content/source/cybersecurity2020.txt';

export type Severity = 'error' | 'warning';

/** What a stage says about one place. */
export interface MessageDetail {
  /** The file at fault, from the repository root; the seed text when absent. */
  file?: string;
  line: number;
  column: number;
  reason: string;
  /** `stage/rule`, e.g. `footnotes/marker-missing`. */
  rule: string;
  expected?: string;
  found?: string;
  fix?: string;
}

export function conversionMessage(detail: MessageDetail, severity: Severity): VFileMessage {
  const message = new VFileMessage(detail.reason, { place: { line: detail.line, column: detail.column }, ruleId: detail.rule });
  message.file = detail.file ?? SOURCE_PATH;
  message.fatal = severity === 'error';
  if (detail.expected !== undefined) message.expected = [detail.expected];
  if (detail.found !== undefined) message.actual = detail.found;
  if (detail.fix !== undefined) message.note = detail.fix;
  return message;
}

/** In the order a reader fixes them: by file, then by place. */
export function sortMessages(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Thrown by a stage that cannot go on, or by the runner with every error the run found; the runner prints them and exits non-zero. */
export class ConversionError extends Error {
  readonly messages: readonly VFileMessage[];
  constructor(messages: readonly VFileMessage[]) {
    const sorted = sortMessages(messages);
    super(sorted.map(formatMessage).join('\n'));
    this.name = 'ConversionError';
    this.messages = sorted;
  }
}

export function fail(detail: MessageDetail): never {
  throw new ConversionError([conversionMessage(detail, 'error')]);
}

/** Something a proofreader should know that does not stop the conversion. */
export function warn(file: VFile, detail: MessageDetail): void {
  file.messages.push(conversionMessage(detail, 'warning'));
}

/**
 * Runs one piece of work (a unit's block stages, a page's checks); a ConversionError it throws is kept
 * on `file` and the run goes on with the next piece, so that one run reports every error it finds.
 */
export function collect<T>(file: VFile, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    file.messages.push(...error.messages);
    return undefined;
  }
}

/** Stops the run when the pieces before it found errors: later stages would only report their echoes. */
export function stopOnErrors(file: VFile): void {
  const errors = file.messages.filter((m) => m.fatal === true);
  if (errors.length > 0) throw new ConversionError(errors);
}

/** The 1-based line of the first line of `text` that contains `needle`: where a data file holds a key or row. */
export function lineOf(text: string | undefined, needle: string): number {
  const index = text?.split('\n').findIndex((l) => l.includes(needle)) ?? -1;
  return index + 1 || 1;
}

/** Shows a trailing space as ␠ so that it is visible in a message. */
export function quoteLine(text: string): string {
  return '`' + text.replace(/ $/, '␠') + '`';
}

export function formatMessage(m: VFileMessage): string {
  const head = `${m.file}:${m.line ?? 1}:${m.column ?? 1}: ${m.fatal ? 'error' : 'warning'}: ${m.reason} [${m.ruleId}]`;
  const details = (
    [
      ['expected', m.expected?.join(' or ')],
      ['found', m.actual],
      ['fix', m.note],
    ] as const
  )
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${(key + ':').padEnd(9)} ${value}`);
  return [head, ...details].join('\n');
}
