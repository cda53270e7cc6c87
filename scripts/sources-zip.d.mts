// Types for sources-zip.mjs.
export const SOURCES_EXCLUDED: ReadonlyArray<{ path: string; why: string }>;
export function excludedPatterns(): string[];
export function isExcluded(file: string): boolean;
export function gitignorePatterns(root: string): string[];
