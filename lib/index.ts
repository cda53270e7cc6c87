export { detect, worstSeverity, type DetectOptions } from './detector/detect';
export { prepare, toOriginal, type Prepared } from './detector/prepare';
export { rules } from './rules/index';
export { POLICY } from './detector/policy';
export * from './detector/types';
