import { describe, expect, it } from 'vitest';
import type { WordClass } from '../../lib/detector/lexicon/word-class';
import * as channels from '../../lib/detector/lexicon/channels';
import * as feedback from '../../lib/detector/lexicon/feedback';
import * as payment from '../../lib/detector/lexicon/payment';
import * as people from '../../lib/detector/lexicon/people';
import * as stance from '../../lib/detector/lexicon/stance';
import { MIN_UNREAD_LETTERS, SCRIPTS, scriptName, unreadScript } from '../../lib/detector/scripts';

const phrases = [channels, feedback, payment, people, stance]
  .flatMap((m) => Object.values(m))
  .filter((c): c is WordClass => typeof c === 'object' && c !== null && 'words' in c)
  .flatMap((c) => Object.values(c.words).flat());

function inScript(phrase: string, blocks: readonly (readonly [number, number])[]): boolean {
  for (const c of phrase) {
    const point = c.codePointAt(0)!;
    if (blocks.some(([first, last]) => point >= first && point <= last)) return true;
  }
  return false;
}

/** A script counts as read from this many lexicon phrases in it: a stray word or two is not a language taught. */
const READ_FROM_PHRASES = 20;

describe('scripts the rules read', () => {
  it('calls a script read exactly when the lexicon has words in it', () => {
    for (const script of SCRIPTS) {
      const count = phrases.filter((p) => inScript(p, script.blocks)).length;
      if (script.read) expect(count, `${script.code}: lexicon phrases`).toBeGreaterThanOrEqual(READ_FROM_PHRASES);
      else expect(count, `${script.code} is listed as unread but the lexicon has ${count} phrases in it`).toBe(0);
    }
  });

  it('lists each script once, with blocks that do not overlap', () => {
    const codes = SCRIPTS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    const blocks = SCRIPTS.flatMap((s) => s.blocks).toSorted((a, b) => a[0] - b[0]);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]![0], `${blocks[i]}`).toBeGreaterThan(blocks[i - 1]![1]);
  });

  it('has a name in the interface languages for every unread script (the field names it)', () => {
    for (const language of ['en', 'es', 'pt-BR']) {
      for (const { code } of SCRIPTS.filter((s) => !s.read)) expect(scriptName(code, language), `${language} ${code}`).not.toBe(code);
    }
    expect(scriptName('Laoo', 'en')).toBe('Lao');
    expect(scriptName('Laoo', 'es')).toBe('laosiano');
  });
});

describe('unreadScript', () => {
  it('names the script of a text written in one the rules do not read', () => {
    // Round twenty-six taught Kannada and Gujarati (below): Odia and Lao stay unread.
    expect(unreadScript('ଆପଣଙ୍କ ଫୋନ୍ ନମ୍ବର ପଠାନ୍ତୁ, ଆମେ ସେଠାରେ କଥା ହେବା')).toBe('Orya');
    expect(unreadScript('ກະລຸນາສົ່ງເບີໂທລະສັບຂອງທ່ານ ແລ້ວພວກເຮົາຈະລົມກັນຢູ່ຫັ້ນ')).toBe('Laoo');
  });

  it('reads the scripts round twenty-six taught: Sinhala, Gujarati, Gurmukhi, Kannada, Myanmar and Khmer', () => {
    expect(unreadScript('ನಿಮ್ಮ ಫೋನ್ ನಂಬರ್ ಕಳುಹಿಸಿ, ನಾವು ಅಲ್ಲಿ ಮಾತನಾಡೋಣ')).toBeNull();
    expect(unreadScript('તમારો ફોન નંબર મોકલો, આપણે ત્યાં વાત કરીએ')).toBeNull();
    expect(unreadScript('ඔයාගේ දුරකථන අංකය එවන්න, අපි එතන කතා කරමු')).toBeNull();
    expect(unreadScript('ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਭੇਜੋ, ਆਪਾਂ ਉੱਥੇ ਗੱਲ ਕਰੀਏ')).toBeNull();
    expect(unreadScript('ခင်ဗျားရဲ့ ဖုန်းနံပါတ် ပေးပါ၊ အဲဒီမှာ ပြောရအောင်')).toBeNull();
    expect(unreadScript('សុំលេខទូរស័ព្ទបង ហើយយើងនិយាយគ្នានៅទីនោះ')).toBeNull();
  });

  it('says nothing of a text in Latin letters or in a script the rules read', () => {
    expect(unreadScript('Hi, I read your brief and can start on Monday. Send me the files here on Upwork.')).toBeNull();
    // Armenian, read from round twenty-six.
    expect(unreadScript('Բարեւ, ուղարկեք ինձ ձեր հեռախոսահամարը, խնդրում եմ, կխոսենք այնտեղ')).toBeNull();
    expect(unreadScript('Здравствуйте! Пришлите, пожалуйста, техническое задание, я посмотрю сегодня.')).toBeNull();
    expect(unreadScript('مرحبا، أرسل لي الملفات هنا على المنصة من فضلك')).toBeNull();
    expect(unreadScript('你好，请把需求文档发给我，我今天看一下。')).toBeNull();
    expect(unreadScript('')).toBeNull();
  });

  it('says nothing of a few words in an unread script inside another language', () => {
    // A greeting of five letters in a long English message: the message is read.
    const english = 'I can deliver the landing page in five days, with two rounds of changes and the source files included. ';
    expect(unreadScript(`ສະບາຍດີ! ${english.repeat(2)}`)).toBeNull();
    // Below the letter count, whatever the share.
    expect(unreadScript('ກ'.repeat(MIN_UNREAD_LETTERS - 1))).toBeNull();
    expect(unreadScript('ກ'.repeat(MIN_UNREAD_LETTERS))).toBe('Laoo');
  });

  it('names an unread script that holds a fifth of the letters of a mixed text', () => {
    const english = 'Thanks for the quick reply, the budget works for me and I can start tomorrow morning. ';
    const lao = 'ກະລຸນາສົ່ງເບີໂທລະສັບຂອງທ່ານໃຫ້ຂ້ອຍ ';
    expect(unreadScript(english + lao)).toBe('Laoo');
    expect(unreadScript(english.repeat(4) + lao)).toBeNull();
  });

  it('counts letters, not digits, punctuation or emoji, and reads lone surrogates without throwing', () => {
    expect(unreadScript(`${'0123456789 !?'.repeat(50)}ສະບາຍດີ`)).toBeNull();
    expect(unreadScript(`😀😀😀 \ud800 \udfff ${'ກ'.repeat(MIN_UNREAD_LETTERS)}`)).toBe('Laoo');
    // Letters outside the Basic Multilingual Plane count as read letters: here they outnumber the Lao ones.
    expect(unreadScript(`${'𝒜'.repeat(200)} ${'ກ'.repeat(MIN_UNREAD_LETTERS)}`)).toBeNull();
  });
});
