// The interface's translations: every locale has exactly English's keys with the same
// placeholders, the manifest's name and description are localised, the rule texts match the
// rules, and the options page and popup carry no visible text outside browser.i18n.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { POLICY } from '../../lib/detector/policy';
import { rules } from '../../lib/rules/index';

const ROOT = path.resolve(__dirname, '../..');
const LOCALES = path.join(ROOT, 'public/_locales');
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));
const en = read('en');
const langs = readdirSync(LOCALES);
/** $NAME$ placeholders used in a message (case-insensitive in Chrome), sorted. */
const used = (text: string) => [...text.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();

describe('locales', () => {
  it('are English, Spanish and Brazilian Portuguese, directory names both Chrome and Firefox accept', () => {
    expect(langs.sort()).toEqual(['en', 'es', 'pt_BR']);
  });

  for (const lang of langs) {
    it(`${lang}: exactly English's keys, with the same placeholders, each message non-empty`, () => {
      const messages = read(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), key).not.toBe('');
        expect(used(entry.message), key).toEqual(used(en[key]!.message));
        expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
        // Every placeholder used is declared, and every declared one is used.
        expect(used(entry.message), key).toEqual(Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()).sort());
        expect(key, 'Chrome allows only ASCII letters, digits and _ in message names').toMatch(/^[A-Za-z0-9_]+$/);
        expect(key).toMatch(/^(common|options|popup|card|guard|rule)_/);
      }
      // Stores show at most 132 characters of description; names stay short (Edge: 45).
      expect([...messages.common_extDescription!.message].length).toBeLessThanOrEqual(132);
      expect(messages.common_extName!.message.length).toBeLessThanOrEqual(45);
    });
  }

  it('translations are translations: most messages differ from English', () => {
    for (const lang of langs.filter((l) => l !== 'en')) {
      const messages = read(lang);
      const same = Object.keys(en).filter((k) => messages[k]!.message === en[k]!.message);
      // Brand names and pure numbers stay as they are; everything else is translated.
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThanOrEqual(3);
    }
  });

  it('every rule has a name and a description; the English description is the rule\'s own', () => {
    for (const rule of rules) {
      const key = rule.id.replace(/-/g, '_');
      expect(en[`options_rule_${key}_name`], rule.id).toBeDefined();
      expect(en[`options_rule_${key}_description`]?.message, rule.id).toBe(rule.description);
    }
    for (const id of Object.keys(POLICY)) expect(en[`options_policy_${id}`], id).toBeDefined();
  });

  it('every key the code names exists in English', () => {
    const sources = sourceFiles().map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const m of sources.matchAll(/\bt\(\s*'([a-z]+_[A-Za-z0-9_]+)'/g)) expect(en[m[1]!], m[1]).toBeDefined();
  });
});

/** The options page, the popup and their shared interface code. */
function sourceFiles(): string[] {
  const dirs = ['entrypoints/options', 'entrypoints/popup', 'lib/ui'];
  return dirs.flatMap((d) => readdirSync(path.join(ROOT, d)).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(ROOT, d, f)));
}

/** Attributes whose value people see or hear. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

/** User-visible literals in JSX: text, string children, visible attributes given as strings. */
function visibleLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxExpression(node) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) && !ts.isJsxAttribute(node.parent) && hasWords(node.expression.text)) {
      found.push(node.expression.text);
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const literal = init && (ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression) ? init.expression : null);
      if (literal && hasWords(literal.text)) found.push(`${node.name.getText()}="${literal.text}"`);
    }
    // document.title = '...' or a window.alert/confirm text would be visible too.
    if (ts.isCallExpression(node) && /^(window\.)?(alert|confirm|prompt)$/.test(node.expression.getText())) found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no visible text outside browser.i18n', () => {
  it('finds the literals it is meant to find', () => {
    const sample = path.join(ROOT, 'tests/unit/fixtures/visible-literals.tsx');
    expect(visibleLiterals(sample)).toEqual(['Save now', 'Close it', 'aria-label="Remove this"', 'title="Opens a tab"', "confirm('Sure?')"]);
  });

  for (const file of sourceFiles().filter((f) => f.endsWith('.tsx'))) {
    it(path.relative(ROOT, file), () => {
      expect(visibleLiterals(file)).toEqual([]);
    });
  }
});
