import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunksOf, shiftFinding } from '../../lib/detector/chunks';
import { detect } from '../../lib/detector/detect';
import { lineStartWithin, MAX_SENTENCE, sentences } from '../../lib/detector/text';
import { visibleParts, visibleText } from '../../entrypoints/upwork.content/visible';

describe('chunksOf: pieces of a long text', () => {
  it('a short text is one piece', () => {
    expect(chunksOf('Hello there', 2000)).toEqual([{ start: 0, end: 11 }]);
    expect(chunksOf('', 2000)).toEqual([{ start: 0, end: 0 }]);
  });
  it('ends a piece after a paragraph break when there is one in the second half of the window', () => {
    const text = `${'a'.repeat(60)}\n\n${'b'.repeat(60)}`;
    expect(chunksOf(text, 100)).toEqual([
      { start: 0, end: 62 },
      { start: 62, end: 122 },
    ]);
  });
  it('then after a line, a sentence or a space; never inside a surrogate pair', () => {
    expect(chunksOf(`${'a '.repeat(40)}${'c'.repeat(40)}`, 100)[0]).toEqual({ start: 0, end: 80 });
    const astral = '😀'.repeat(60); // no break at all
    for (const { start, end } of chunksOf(astral, 101)) {
      expect(astral.codePointAt(start)).toBe(0x1f600);
      expect(end === astral.length || astral.codePointAt(end) === 0x1f600).toBe(true);
    }
  });
  it('pieces are contiguous, cover the text, and are never longer than the size', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', '😀', 'b'), maxLength: 600 }), fc.integer({ min: 4, max: 120 }), (text, size) => {
        const chunks = chunksOf(text, size);
        expect(chunks[0]!.start).toBe(0);
        expect(chunks.at(-1)!.end).toBe(text.length);
        for (let i = 0; i < chunks.length; i++) {
          const { start, end } = chunks[i]!;
          if (i > 0) expect(start).toBe(chunks[i - 1]!.end);
          expect(end - start).toBeLessThanOrEqual(size);
          if (text.length > 0) expect(end).toBeGreaterThan(start);
        }
      }),
    );
  });
  it('findings of the pieces, moved to the whole text, are the findings of a whole proposal-sized text', () => {
    const paragraphs = ['I rebuilt a Shopify theme last spring.', 'Email me at dev.ops@gmail.com for the files.', 'Version 2.3 still ships jQuery.', 'Call me on +1 415 555 0132 tomorrow.'];
    const text = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${paragraphs[i % 4]}`).join('\n\n');
    const whole = detect(text, { surface: 'proposal' });
    const pieced = chunksOf(text, 300).flatMap(({ start, end }) => detect(text.slice(start, end), { surface: 'proposal' }).map((f) => shiftFinding(f, start)));
    expect(pieced.map((f) => [f.rule, f.start, f.end, text.slice(f.start, f.end) === f.match])).toEqual(whole.map((f) => [f.rule, f.start, f.end, true]));
    for (const f of pieced) if (f.fix) expect(f.fix.start).toBeGreaterThanOrEqual(f.start - 200);
  });
});

describe('visibleParts: invisible and direction characters are spelled out', () => {
  it('a right-to-left override inside an address', () => {
    expect(visibleParts('jo\u202E@gmail.com')).toEqual(['jo', { code: 'U+202E', name: 'right-to-left override' }, '@gmail.com']);
    expect(visibleText('jo\u202E@gmail.com')).toBe('jo[U+202E]@gmail.com');
  });
  it('zero-width, isolates, soft hyphen, a control character; plain text untouched; line breaks become spaces', () => {
    expect(visibleText('a\u200Bb\u2066c\u2069\u00ADd\u0007')).toBe('a[U+200B]b[U+2066]c[U+2069][U+00AD]d[U+0007]');
    expect(visibleText('Plain text, ünïcödé, 日本語, עברית')).toBe('Plain text, ünïcödé, 日本語, עברית');
    expect(visibleText('two\nlines\tand a tab')).toBe('two lines and a tab');
  });
  it('nothing invisible survives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(visibleText(s)).not.toMatch(/[\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/u);
      }),
    );
  });
});

describe('lineStartWithin: the start of a line, read at most so far back', () => {
  // Rules read the line before a match ("- share your contact info" under "You cannot:"). Searching back for the line break read to
  // the start of a long paste with no break, once per match: quadratic ("send me your password. " x 4,450: 4.6 s at 100 KB).
  const cases: [string, number, number, number][] = [
    ['abc', 2, 5, 0],
    ['ab\ncd', 5, 5, 3],
    ['ab\ncd', 3, 0, 3],
    ['ab\ncdef', 7, 4, 3],
    ['ab\ncdef', 7, 3, -1],
    ['abcdef', 6, 6, 0],
    ['abcdef', 6, 5, -1],
    ['\n', 1, 0, 1],
  ];
  it.each(cases)('%j at %i within %i: %i', (text, index, reach, expected) => {
    expect(lineStartWithin(text, index, reach)).toBe(expected);
  });
  it('is the line start when it is at most `reach` back, else -1', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n'), maxLength: 60 }), fc.nat(), fc.nat(70), (text, at, reach) => {
        const index = at % (text.length + 1);
        // (lastIndexOf reads position 0 when asked to start before it.)
        const start = index === 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
        expect(lineStartWithin(text, index, reach)).toBe(index - start <= reach ? start : -1);
      }),
    );
  });
});

describe('sentences: the context rules read stays bounded on long pastes', () => {
  // Rules read the sentence around each match. A pasted run without spaces ("whatsapp," 20,000 times)
  // was one sentence holding every match, so each match re-read the whole text: quadratic (2.7 s at
  // 80 KB, minutes at 1 MB). Every sentence now has a hard cap; the figures are in `npm run bench`.
  const cap = 4 * MAX_SENTENCE;
  const cases: [string, string][] = [
    ['no space, commas', 'whatsapp,'.repeat(20_000)],
    ['no space, symbols', 'idiot dot paypal+1[at]:'.repeat(8_000)],
    ['one long word of astral characters', '😀b'.repeat(60_000)],
    ['a list with spaces and no full stop', 'pay me via paypal '.repeat(10_000)],
  ];
  it.each(cases)('%s: no sentence longer than the cap, nothing lost, no surrogate pair split', (_name, text) => {
    const list = sentences(text);
    let covered = 0;
    for (const [k, s] of list.entries()) {
      // One more when the cut would fall inside a surrogate pair.
      expect(s.end - s.start).toBeLessThanOrEqual(cap + 1);
      expect(s.text).toBe(text.slice(s.start, s.end));
      if (k > 0) expect(s.start).toBeGreaterThanOrEqual(list[k - 1]!.end);
      const code = text.charCodeAt(s.start);
      expect(code >= 0xdc00 && code <= 0xdfff, `sentence ${k} starts inside a surrogate pair`).toBe(false);
      covered += s.end - s.start;
    }
    // Only the break characters between sentences (spaces, commas) are outside every sentence.
    expect(text.length - covered).toBeLessThanOrEqual(list.length);
  });
  it('text with spaces is still cut only at a space or a sentence mark', () => {
    const text = `Please send the files. ${'We can talk about it later, '.repeat(100)}thanks.`;
    const list = sentences(text);
    expect(list.length).toBeGreaterThan(2);
    for (const s of list) if (s.end < text.length) expect(text[s.end]).toMatch(/[ .]/);
  });
});
