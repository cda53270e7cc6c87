import type { FormatName } from '../args';
import type { Outcome } from '../report';
import { formatCompact } from './compact';
import { formatGithub } from './github';
import { formatJson } from './json';
import type { Paint } from './paint';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export interface FormatOptions {
  paint: Paint;
  /** Terminal columns for the stylish report. */
  width: number;
  cwd: string;
  version: string;
}

/** Whether a format is for people (it may be coloured). */
export const HUMAN_FORMATS: readonly FormatName[] = ['stylish'];

export function format(name: FormatName, outcome: Outcome, options: FormatOptions): string {
  switch (name) {
    case 'stylish':
      return formatStylish(outcome, options);
    case 'compact':
      return formatCompact(outcome);
    case 'json':
      return formatJson(outcome);
    case 'sarif':
      return formatSarif(outcome, options);
    case 'github':
      return formatGithub(outcome, options);
  }
}
