import { rules as registry } from '../rules/index';
import { ordinarySentences, SECOND_OPINION_RULE } from './classifier';
import { canSoften, contextException, EXCEPTIONS } from './exceptions';
import { POLICY } from './policy';
import { prepare, toOriginal } from './prepare';
import { beginCheck, mayMatchRead } from './prefilter';
import { type ALONE, compiledAhead } from './compile-first';
import { MAX_SENTENCE } from './text';
import type { Rule, RuleConfig } from './rule';
import { defaultContext, type Category, type DetectContext, type Finding, type OrganizationTerms, type Severity } from './types';

const RANK: Record<Severity, number> = { violation: 3, warning: 2, info: 1 };

export interface DetectOptions {
  /** Rule ids to skip (settings, or "ignore this rule"). */
  disabled?: ReadonlySet<string>;
  /** Opt-in rules (`Rule.optIn`, the second opinion) to run; the others run unless disabled. */
  enabled?: ReadonlySet<string>;
  /** Defaults to every registered rule. */
  rules?: readonly Rule[];
  /**
   * A severity per rule id (settings, an organization's policy): it replaces the severity of that
   * rule's findings, except those an exception lowered, which keep their lowered severity.
   */
  severity?: Readonly<Record<string, Severity>>;
  /** An organization's forbidden terms, reported by the agency-terms rule. */
  terms?: OrganizationTerms;
}

const NO_TERMS: OrganizationTerms = {};

/**
 * Finds every rule violation in `text`. Pure: no DOM, no I/O. Offsets are
 * UTF-16 indices into `text` itself, so highlights land on what was typed.
 */
export function detect(text: string, context: Partial<DetectContext> = {}, options: DetectOptions = {}): Finding[] {
  const steps = detectSteps(text, context, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * detect() one rule at a time: each next() runs one rule over the text (or one part of a rule
 * with many long scans, see Rule.check), and the last returns the findings. A caller that must hand the main thread back (the content script's checker) stops
 * between two rules, so no task holds a whole check. That matters on a page's first checks,
 * when each new regular expression is compiled on its first runs and one rule can take tens of
 * milliseconds. So the first check of a page's one-byte text begins by compiling the frames'
 * patterns, one per step (compile-first.ts), and yields ALONE before each: such a step should start
 * a task of its own.
 * Between two steps the caller may run other checks: rules keep no state from one step to the next
 * except caches keyed by the text itself.
 */
export function* detectSteps(
  text: string,
  context: Partial<DetectContext> = {},
  options: DetectOptions = {},
): Generator<typeof ALONE | void, Finding[]> {
  const ctx: DetectContext = { ...defaultContext, ...context };
  const prepared = prepare(text);
  yield* compiledAhead(prepared.text, mayMatchRead);
  const findings: Finding[] = [];
  const deferring = new Set<Finding>();
  const config: RuleConfig = { terms: options.terms ?? NO_TERMS, silenced: silencedCategories(options) };
  let modelRan = false;
  for (const rule of options.rules ?? registry) {
    if (options.disabled?.has(rule.id) || (rule.optIn && !options.enabled?.has(rule.id))) continue;
    if (rule.id === SECOND_OPINION_RULE) modelRan = true;
    yield;
    beginCheck();
    const chosen = options.severity?.[rule.id];
    const checked = rule.check(prepared, ctx, config);
    for (const hit of Array.isArray(checked) ? checked : yield* paced(checked)) {
      let [start, end] = toOriginal(prepared, hit.start, hit.end);
      // Never underline the spaces or punctuation at the edges of a match.
      while (start < end && /[\s,;:]/.test(text[start]!)) start++;
      while (end > start && /[\s,;:.!?]/.test(text[end - 1]!)) end--;
      if (end <= start) continue;

      const category = hit.category ?? rule.category;
      if (category === 'several') continue; // such a rule names the category of each hit
      let severity: Severity = hit.severity ?? rule.severity;
      let exceptionId = hit.exception;
      if (canSoften(category) && !rule.ownContext) {
        exceptionId = contextException(category, ctx, prepared.text, hit.start, hit.end) ?? exceptionId;
      } else {
        exceptionId = undefined;
      }
      const exception = exceptionId ? EXCEPTIONS[exceptionId] : undefined;
      if (exception) {
        if (RANK[exception.severity] < RANK[severity]) severity = exception.severity;
      } else if (chosen) {
        severity = chosen;
      }

      const finding: Finding = {
        rule: rule.id,
        category,
        severity,
        start,
        end,
        match: text.slice(start, end),
        message: fillIn(rule.messages[hit.messageId] ?? rule.description, hit.values, hit.terms),
        policy: POLICY[rule.policy],
        ...(exception && { exception: exception.explanation }),
        ...(hit.values && { values: { ...hit.values } }),
        ...(hit.terms && { terms: [...hit.terms] }),
      };
      if (rule.defers) deferring.add(finding);
      if (severity !== 'info' && rule.fixScope !== 'none') {
        finding.fix =
          rule.fixScope === 'sentence'
            ? { label: rule.fixLabel, ...sentenceOf(text, start, end), replacement: rule.fixText ?? '' }
            : { label: rule.fixLabel, start, end, replacement: hit.replacement ?? '' };
        // Removing words must not leave a double space behind.
        if (finding.fix.replacement === '' && text[finding.fix.end] === ' ' && (finding.fix.start === 0 || /\s/.test(text[finding.fix.start - 1]!))) finding.fix.end++;
      }
      findings.push(finding);
    }
  }
  if (modelRan && findings.some((f) => f.severity === 'violation')) {
    yield;
    vetoed(findings, prepared, options);
  }
  return dedupe(deferring.size ? withoutDeferred(findings, deferring) : findings);
}

/**
 * The second opinion's veto (step 14): with the model on, a violation-level finding whose every sentence the model reads as
 * ordinary (classifier.ts VETO_NONE) becomes a warning that says so. It stays underlined, explained and fixable; the send guard,
 * which asks about violations, no longer stops the send for it. Never lowered: the organization's own terms (agency-terms) and
 * a level the person or the organization chose for the rule. The sentences are in order: each finding finds its first one by
 * binary search, so a long text with many findings stays linear; the model's read of each sentence is the second opinion's.
 */
function vetoed(findings: Finding[], prepared: ReturnType<typeof prepare>, options: DetectOptions): void {
  const { spans, ordinary: isOrdinary } = ordinarySentences(prepared);
  const lowered = EXCEPTIONS['model-ordinary'];
  for (const f of findings) {
    if (f.severity !== 'violation' || f.rule === 'agency-terms' || options.severity?.[f.rule]) continue;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    let over = 0;
    let ordinary = true;
    for (let k = lo; k < spans.length && spans[k]!.start < f.end && ordinary; k++) {
      over++;
      ordinary = isOrdinary(k);
    }
    if (!over || !ordinary) continue;
    f.severity = lowered.severity;
    f.exception = lowered.explanation;
  }
}

/**
 * The findings of deferring rules (`Rule.defers`) that overlap another rule's finding of the same
 * category, whatever its severity, are dropped: such a rule speaks only where the others did not.
 */
function withoutDeferred(findings: readonly Finding[], deferring: ReadonlySet<Finding>): Finding[] {
  // Per category, the other findings by start with the furthest end so far: one that starts before f
  // ends overlaps f exactly when the furthest end among those passes f's start. O(n log n).
  const spans = new Map<string, { starts: number[]; reach: number[] }>();
  const others = findings.filter((f) => !deferring.has(f)).sort((a, b) => a.start - b.start);
  for (const o of others) {
    let s = spans.get(o.category);
    if (!s) spans.set(o.category, (s = { starts: [], reach: [] }));
    s.reach.push(Math.max(o.end, s.reach.at(-1) ?? 0));
    s.starts.push(o.start);
  }
  const overlapped = (f: Finding): boolean => {
    const s = spans.get(f.category);
    if (!s) return false;
    let lo = 0;
    let hi = s.starts.length; // count of those starting before f.end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.starts[mid]! < f.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && s.reach[lo - 1]! > f.start;
  };
  return findings.filter((f) => !deferring.has(f) || !overlapped(f));
}

/** A generator rule's check, one of its parts per step (each step may read patterns anew). */
function* paced<T>(parts: Generator<void, T>): Generator<void, T> {
  for (;;) {
    const next = parts.next();
    if (next.done) return next.value;
    yield;
    beginCheck();
  }
}

/** The categories all of whose rules `options` turn off (none when nothing is turned off). */
function silencedCategories(options: DetectOptions): ReadonlySet<Category> | undefined {
  if (!options.disabled?.size) return undefined;
  const on = new Set<Category>();
  const off = new Set<Category>();
  for (const rule of options.rules ?? registry) {
    if (rule.category === 'several') continue;
    (options.disabled.has(rule.id) ? off : on).add(rule.category);
  }
  for (const category of on) off.delete(category);
  return off;
}

/** A message's `{name}` placeholders filled in from the hit's numbers, and `{terms}` from its words (quoted, joined). */
function fillIn(message: string, values: Record<string, number> | undefined, terms: readonly string[] | undefined): string {
  const filled = values ? message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : message;
  return terms ? filled.replace('{terms}', terms.map((t) => `'${t}'`).join(', ')) : filled;
}

/**
 * Overlapping findings of one category collapse into the strongest (then widest)
 * one. Sorted by start, so each finding only meets the kept finding of its
 * category that reaches furthest: linear in the number of findings.
 */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  const reach = new Map<string, number>(); // category -> index in `kept` of the one ending last
  for (const f of findings) {
    const at = reach.get(f.category);
    const k = at === undefined ? undefined : kept[at];
    if (!k || f.start >= k.end) {
      kept.push(f);
      reach.set(f.category, kept.length - 1);
      continue;
    }
    const stronger = RANK[f.severity] > RANK[k.severity] || (RANK[f.severity] === RANK[k.severity] && f.end - f.start > k.end - k.start);
    if (stronger) kept[at!] = f;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The sentence of the original text around [start, end): from after the last
 * sentence end before it to its own end mark. A dot inside "gmail.com" or "3.5"
 * does not end a sentence.
 */
export function sentenceOf(text: string, start: number, end: number): { start: number; end: number } {
  const isEnd = (i: number) => /[.!?]/.test(text[i]!) && (i + 1 >= text.length || /\s/.test(text[i + 1]!));
  // A "sentence" with no end mark for hundreds of characters (a pasted list) is cut at a space,
  // as the rules' own reading is: the fix stays local and the work per finding stays bounded.
  const reach = MAX_SENTENCE;
  let from = start;
  while (from > 0 && start - from < reach && text[from - 1] !== '\n' && !isEnd(from - 1)) from--;
  if (start - from >= reach) while (from < start && !/\s/.test(text[from - 1] ?? ' ')) from++;
  while (from < start && /\s/.test(text[from]!)) from++;
  let to = end;
  while (to < text.length && to - end < reach && text[to] !== '\n' && !isEnd(to)) to++;
  if (to < text.length && isEnd(to)) to++;
  else if (to - end >= reach) while (to > end && !/\s/.test(text[to] ?? ' ')) to--;
  return { start: from, end: to };
}

/** The worst severity among findings, or null when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (!worst || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}
