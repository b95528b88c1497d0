/** Conversion messages: one clickable head line `path:line:column: severity: reason [rule]`, then details. */

export const SOURCE_PATH = 'content/source/cybersecurity2020.txt';

export type Severity = 'error' | 'warning';

export interface ConversionMessage {
  severity: Severity;
  line: number;
  column: number;
  reason: string;
  /** `stage/rule`, e.g. `footnotes/marker-missing`. */
  rule: string;
  expected?: string;
  found?: string;
  fix?: string;
}

/** Thrown by a stage that cannot place a line; the runner prints it and exits non-zero. */
export class ConversionError extends Error {
  readonly detail: ConversionMessage;
  constructor(detail: Omit<ConversionMessage, 'severity'>) {
    super(formatMessage({ ...detail, severity: 'error' }));
    this.name = 'ConversionError';
    this.detail = { ...detail, severity: 'error' };
  }
}

export function fail(detail: Omit<ConversionMessage, 'severity'>): never {
  throw new ConversionError(detail);
}

/** Shows a trailing space as ␠ so that it is visible in a message. */
export function quoteLine(text: string): string {
  return '`' + text.replace(/ $/, '␠') + '`';
}

export function formatMessage(m: ConversionMessage): string {
  const head = `${SOURCE_PATH}:${m.line}:${m.column}: ${m.severity}: ${m.reason} [${m.rule}]`;
  const details = (
    [
      ['expected', m.expected],
      ['found', m.found],
      ['fix', m.fix],
    ] as const
  )
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${(key + ':').padEnd(9)} ${value}`);
  return [head, ...details].join('\n');
}
