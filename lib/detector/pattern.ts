/**
 * Building long regular expressions from lists. A rule's vocabulary is written as an array, one
 * word or phrase per element, and joined into an alternation when the module loads, so no source
 * line has to hold a thousand-character pattern.
 */

/** The alternatives as one group: `oneOf(['a', 'b'])` is `(?:a|b)`; `open` may be a look-around ("(?!"). */
export function oneOf(alternatives: readonly string[], open = '(?:'): string {
  return `${open}${alternatives.join('|')})`;
}
