/**
 * The interface's translations (public/_locales): every language has every English key, the same
 * placeholders, and real text; every key the content script asks for exists in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/rules/index';
import { EXCEPTIONS } from '../../lib/detector/exceptions';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES = join(ROOT, 'public', '_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const en = read('en');
const mine = Object.keys(en).filter((k) => /^(card|guard|rule)_/.test(k));
/** $NAME$ markers and the argument each stands for. */
const placeholders = (m: Messages[string]) =>
  [...m.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => `${x[1]!.toLowerCase()}=${m.placeholders?.[x[1]!.toLowerCase()]?.content}`).sort();

describe.each(['es', 'pt_BR'])('%s', (lang) => {
  const messages = read(lang);
  it('has every card, guard and rule key of English, with the same placeholders', () => {
    expect(mine.filter((k) => !(k in messages))).toEqual([]);
    for (const key of mine) expect(placeholders(messages[key]!), `${lang} ${key}`).toEqual(placeholders(en[key]!));
  });
  it('is translated (not English copied over), apart from names and numbers', () => {
    const same = mine.filter((k) => messages[k]!.message === en[k]!.message && /[a-z]{4}/.test(en[k]!.message.replace(/\$\w+\$/g, '')));
    expect(same).toEqual([]);
  });
});

describe('English', () => {
  it('names, explains and labels the fix of every rule, and every exception', () => {
    for (const rule of rules) {
      const key = `rule_${rule.id.replace(/-/g, '_')}`;
      for (const k of [key, `${key}_title`, `${key}_fix`]) expect(en[k]?.message, k).toBeTruthy();
      expect(en[`${key}_fix`]!.message).toBe(rule.fixLabel);
    }
    for (const [id, e] of Object.entries(EXCEPTIONS)) expect(en[`rule_exception_${id.replace(/-/g, '_')}`]?.message).toBe(e.explanation);
  });

  it('has every key the content script asks for', () => {
    const dir = join(ROOT, 'entrypoints', 'upwork.content');
    const asked = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?:\bt(?:Count)?\(\s*|\blabel: )'((?:card|guard|rule)_[a-z_]+)'/g)) asked.add(m[1]!);
    }
    expect(asked.size).toBeGreaterThan(20);
    const missing = [...asked].filter((k) => !(k in en) && !(`${k}_one` in en && `${k}_other` in en));
    expect(missing).toEqual([]);
  });

  it('uses only key names and placeholders Chrome accepts', () => {
    for (const lang of readdirSync(LOCALES)) {
      expect(lang).toMatch(/^[a-z]{2}(_[A-Z]{2})?$/);
      for (const [key, m] of Object.entries(read(lang))) {
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
        for (const p of Object.values(m.placeholders ?? {})) expect(p.content).toMatch(/^\$\d$/);
      }
    }
  });
});
