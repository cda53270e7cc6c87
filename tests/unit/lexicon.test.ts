import { describe, expect, it } from 'vitest';
import { term } from '../../lib/detector/frame';
import { prepare } from '../../lib/detector/prepare';
import { LANGUAGES, type WordClass } from '../../lib/detector/lexicon/word-class';
import * as channels from '../../lib/detector/lexicon/channels';
import * as feedback from '../../lib/detector/lexicon/feedback';
import * as payment from '../../lib/detector/lexicon/payment';
import * as people from '../../lib/detector/lexicon/people';
import * as stance from '../../lib/detector/lexicon/stance';

/**
 * Every word class of the lexicon (lib/detector/lexicon/*.ts), tested on its own: its examples,
 * typed as a person would, are found in the prepared text, its counter-examples are not, its
 * phrases compile, and its name matches its export.
 */
const modules = { channels, feedback, payment, people, stance };
const classes: [string, WordClass][] = Object.values(modules).flatMap((m) =>
  Object.entries(m).filter((e): e is [string, WordClass] => typeof e[1] === 'object' && e[1] !== null && 'words' in e[1]),
);

describe('lexicon word classes', () => {
  it('has classes, each exported under its own name, with a doc line and known languages', () => {
    expect(classes.length).toBeGreaterThan(30);
    for (const [exported, c] of classes) {
      expect(c.name, exported).toBe(exported);
      expect(c.doc.length, exported).toBeGreaterThan(5);
      for (const language of Object.keys(c.words)) expect(LANGUAGES, `${exported}: ${language}`).toContain(language);
    }
  });

  for (const [name, c] of classes) {
    describe(name, () => {
      const pattern = new RegExp(term(c));
      it('finds each of its examples', () => {
        expect(c.examples.length).toBeGreaterThan(0);
        for (const example of c.examples) expect(pattern.test(prepare(example).text), example).toBe(true);
      });
      it('stays quiet on its counter-examples', () => {
        for (const example of c.counterExamples ?? []) expect(pattern.test(prepare(example).text), example).toBe(false);
      });
    });
  }
});
