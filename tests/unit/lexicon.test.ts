import { describe, expect, it } from 'vitest';
import { frame, pairs, term, within } from '../../lib/detector/frame';
import { LATIN_FOLDS, prepare } from '../../lib/detector/prepare';
import { foldPhrase, LANGUAGES, type WordClass } from '../../lib/detector/lexicon/word-class';
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

/**
 * Chinese is written without spaces. A word edge (frame.ts WORD_START/WORD_END) only looks for Latin, Cyrillic, Greek,
 * Arabic, Indic and Thai letters and digits, so a Chinese phrase is found inside a run of characters, and a Latin name
 * written against Chinese ("加V信", "转TG聊") still has its edges; a Chinese phrase has none against Latin letters. `sequence`/`frame` join slots with spaces and gaps of
 * whole words, which Chinese does not have: rules pair Chinese slots with `within`, whose reach is counted in characters.
 */
describe('frames over a script without spaces', () => {
  const app = { name: 'APP', doc: 'test apps', words: { zh: ['微信', 'vx'], en: ['tg'] }, examples: [] } as WordClass;
  const talk = { name: 'TALK', doc: 'test talk', words: { zh: ['聊'] }, examples: [] } as WordClass;
  const found = (source: string, text: string) => new RegExp(source).test(prepare(text).text);

  it('finds a Chinese phrase inside a run of characters, and a Latin name written against Chinese', () => {
    expect(found(term(app), '咱们去微信上聊吧')).toBe(true);
    expect(found(term(app), '能做的直接加vx详聊')).toBe(true);
    expect(found(term(app), '我们转TG聊')).toBe(true);
    // A Chinese phrase right after a Latin letter ("转TG聊", "提供LINE", "Boss你的email"): a phrase that begins or ends with a
    // Chinese character has no word edge there (a look-ahead for one character class, not an alternation at every word start).
    expect(found(term(talk), '我们转TG聊')).toBe(true);
    expect(found(term(talk), '我们转TG，聊')).toBe(true);
    expect(found(term(app), 'a vxlan tunnel')).toBe(false);
  });

  it('pairs Chinese slots by distance in characters with `within`, inside one sentence', () => {
    const near = within(app, talk, 6);
    expect(pairs(near, prepare('咱们去微信上聊吧').text).length).toBe(1);
    expect(pairs(near, prepare('微信小程序的蓝牙配网我做过很多次，可以聊').text).length).toBe(0);
    expect(pairs(near, prepare('我不用微信。聊项目吧').text).length).toBe(0);
  });

  it('does not join Chinese slots with `frame`, which needs spaces between them', () => {
    expect(frame(app, talk).test(prepare('去微信上聊').text)).toBe(false);
  });
});

describe('phrases are folded as the view folds text', () => {
  // One table for both (prepare.ts LATIN_FOLDS): the lexicon's own copy once lacked Icelandic þ ð (round twenty-seven), and Uzbek ʻ
  // and the Armenian in-word marks, so no phrase typed with them could match the text.
  it('reads every letter the view folds the way the view reads it', () => {
    for (const [letter] of Object.entries(LATIN_FOLDS)) {
      const word = `a${letter}b`;
      expect(foldPhrase(word), JSON.stringify(letter)).toBe(prepare(word).text);
    }
    expect(foldPhrase('toʻlov')).toBe(prepare('toʻlov').text);
    expect(foldPhrase('þú ert')).toBe('thu ert');
  });
});
