// validate.mjs — checks cases.jsonl of batch15. Usage: node validate.mjs [path]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] || path.join(here, "cases.jsonl");
const sourcesMd = fs.readFileSync(path.join(here, "SOURCES.md"), "utf8");

const EXPECT = ["violation", "clean", "allowed"];
const CATS = ["contact-sharing", "contact-request", "off-platform", "payment", "feedback", "account-sharing", "harassment"];
const SURF = ["proposal", "message"];
const CTX = { client: ["standard", "enterprise"], contract: ["none", "active"], role: ["freelancer", "client"] };
const LANGS = ["en", "es", "pt", "hi-Latn", "ur-Latn", "sw"];
const FIELDS = ["text", "expect", "category", "surface", "context", "lang", "source"];

const errors = [];
const warn = [];
const seen = new Map();
const count = (obj, k) => { obj[k] = (obj[k] || 0) + 1; };
const by = { expect: {}, category: {}, lang: {}, source: {}, surface: {}, role: {}, context: {}, expectXcategory: {} };

const lines = fs.readFileSync(file, "utf8").split("\n");
if (lines[lines.length - 1] === "") lines.pop();
lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: not JSON (${e.message})`); return; }
  if (typeof o !== "object" || o === null || Array.isArray(o)) { errors.push(`line ${n}: not an object`); return; }
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`line ${n}: unexpected field ${k}`);
  for (const k of FIELDS) if (k !== "context" && !(k in o)) errors.push(`line ${n}: missing field ${k}`);
  if (typeof o.text !== "string" || o.text.trim().length < 5) errors.push(`line ${n}: text missing or shorter than 5 chars`);
  else if (o.text.length > 1500) errors.push(`line ${n}: text longer than 1500 chars (${o.text.length})`);
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: bad expect ${o.expect}`);
  if (!CATS.includes(o.category)) errors.push(`line ${n}: bad category ${o.category}`);
  if (!SURF.includes(o.surface)) errors.push(`line ${n}: bad surface ${o.surface}`);
  if (!LANGS.includes(o.lang)) errors.push(`line ${n}: lang ${o.lang} not in ${LANGS.join(",")}`);
  if (typeof o.source !== "string" || !/^voice-[a-z0-9]+$/.test(o.source)) errors.push(`line ${n}: bad source ${o.source}`);
  else if (!sourcesMd.includes("`" + o.source + "`")) errors.push(`line ${n}: source ${o.source} not listed in SOURCES.md`);
  const ctx = o.context || {};
  if ("context" in o) {
    if (typeof ctx !== "object" || ctx === null || Array.isArray(ctx)) errors.push(`line ${n}: context not an object`);
    else {
      if (Object.keys(ctx).length === 0) errors.push(`line ${n}: empty context (omit it)`);
      for (const [k, v] of Object.entries(ctx)) {
        if (!(k in CTX)) errors.push(`line ${n}: bad context key ${k}`);
        else if (!CTX[k].includes(v)) errors.push(`line ${n}: bad context value ${k}=${v}`);
        else if (v === CTX[k][0]) errors.push(`line ${n}: context ${k}=${v} is the default, omit it`);
      }
    }
  }
  const role = ctx.role || "freelancer", contract = ctx.contract || "none", client = ctx.client || "standard";
  // consistency checks
  if (o.surface === "proposal" && role === "client") errors.push(`line ${n}: a client does not write proposals`);
  if (o.surface === "proposal" && contract === "active") errors.push(`line ${n}: proposal with an active contract`);
  if (o.expect === "allowed" && o.category === "payment") errors.push(`line ${n}: payment outside Upwork is never allowed`);
  if (o.expect === "allowed" && ["feedback", "harassment", "account-sharing"].includes(o.category)) errors.push(`line ${n}: no exception exists for ${o.category}`);
  if (o.expect === "allowed" && contract === "active" && client === "enterprise") warn.push(`line ${n}: allowed with two exceptions at once`);
  // duplicates (exact and whitespace/case-normalised)
  const key = (o.text || "").toLowerCase().replace(/\s+/g, " ").trim();
  if (seen.has(key)) errors.push(`line ${n}: duplicate text of line ${seen.get(key)}`);
  else seen.set(key, n);
  // fictional contact details: flag phone-like digit runs outside the reserved ranges for a human look
  const phones = (o.text || "").match(/\+?\d[\d ().-]{8,}\d/g) || [];
  for (const p of phones) {
    const d = p.replace(/\D/g, "");
    const ok = /55501\d\d$/.test(d) || /^(44)?0?2079460\d{3}$/.test(d) || /^(44)?0?7700900\d{3}$/.test(d) || /0000/.test(d) || d.length > 13 || d.length < 9;
    if (!ok) warn.push(`line ${n}: check number is fictional/not a phone: ${p}`);
  }
  count(by.expect, o.expect); count(by.category, o.category); count(by.lang, o.lang);
  count(by.source, o.source); count(by.surface, o.surface); count(by.role, role);
  count(by.context, `client=${client},contract=${contract}`);
  count(by.expectXcategory, `${o.expect} / ${o.category}`);
});

const total = lines.length;
console.log(`file: ${file}\ncases: ${total}`);
for (const [name, obj] of Object.entries(by)) {
  console.log(`\n${name}:`);
  for (const [k, v] of Object.entries(obj).sort()) console.log(`  ${k.padEnd(34)} ${String(v).padStart(4)}  ${(100 * v / total).toFixed(1)}%`);
}
// coverage checks
for (const c of CATS) if (!by.expectXcategory[`violation / ${c}`]) errors.push(`no violation case for category ${c}`);
for (const c of CATS) if (!by.expectXcategory[`clean / ${c}`]) errors.push(`no clean case for category ${c}`);
if (total < 320) errors.push(`only ${total} cases, need at least 320`);
if ((by.expect.clean || 0) < 130) errors.push(`only ${by.expect.clean || 0} clean cases, need at least 130`);

if (warn.length) { console.log(`\nwarnings (${warn.length}):`); warn.forEach(w => console.log("  " + w)); }
if (errors.length) { console.log(`\nERRORS (${errors.length}):`); errors.forEach(e => console.log("  " + e)); process.exit(1); }
console.log("\nOK: all lines valid, no duplicate texts.");
