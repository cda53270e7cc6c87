import type { Severity } from '../../detector/types';
import type { Tone } from '../report';

export type Paint = (code: string, s: string) => string;

export const plain: Paint = (_code, s) => s;
export const ansi: Paint = (code, s) => `\u001b[${code}m${s}\u001b[0m`;

export const SEVERITY_COLOR: Record<Severity, string> = { violation: '31', warning: '33', info: '36' };
export const TONE_COLOR: Record<Tone, string> = { fail: '1;31', warn: '1;33', pass: '32' };
