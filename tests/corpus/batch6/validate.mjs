// Validator for batch6 (multilingual). Usage: node validate.mjs [cases.jsonl]
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] || join(here, "cases.jsonl");
const EXPECT = ["violation", "clean", "allowed"];
const CATS = ["contact-sharing", "contact-request", "off-platform", "payment", "feedback", "account-sharing", "harassment"];
const SURF = ["proposal", "message"];
const CTX = { client: ["standard", "enterprise"], contract: ["none", "active"], role: ["freelancer", "client"] };
const CTX_DEFAULT = { client: "standard", contract: "none", role: "freelancer" };
const REQUIRED = ["text", "expect", "category", "surface", "lang", "source"];
const ALLOWED_KEYS = new Set([...REQUIRED, "context"]);
const LANG_RE = /^[a-z]{2}(-Latn)?$/;
const TARGET_LANGS = ["es", "pt", "fr", "de", "ru", "uk"]; // "ru-Latn" counts towards "ru"
const MIN_PER_LANG = 50;

let sources = new Set();
const srcPath = join(here, "SOURCES.md");
if (existsSync(srcPath)) {
  for (const m of readFileSync(srcPath, "utf8").matchAll(/`([a-z0-9][a-z0-9-]*)`/g)) sources.add(m[1]);
}

const errors = [], warnings = [];
const lines = readFileSync(file, "utf8").split("\n");
if (lines.at(-1) === "") lines.pop();
const seen = new Map(), seenNorm = new Map();
const rows = [];
lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${n}: bad JSON (${e.message})`); return; }
  if (typeof o !== "object" || o === null || Array.isArray(o)) { errors.push(`line ${n}: not an object`); return; }
  for (const k of Object.keys(o)) if (!ALLOWED_KEYS.has(k)) errors.push(`line ${n}: unexpected field "${k}"`);
  for (const k of REQUIRED) if (!(k in o)) errors.push(`line ${n}: missing field "${k}"`);
  if (typeof o.text !== "string" || !o.text.trim()) errors.push(`line ${n}: empty text`);
  else {
    if (o.text.length < 5 || o.text.length > 1500) errors.push(`line ${n}: text length ${o.text.length} outside 5..1500`);
    if (o.text !== o.text.trim()) warnings.push(`line ${n}: leading/trailing whitespace`);
    if (seen.has(o.text)) errors.push(`line ${n}: duplicate text (same as line ${seen.get(o.text)})`);
    seen.set(o.text, n);
    const norm = o.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (seenNorm.has(norm) && seen.get(o.text) === n) errors.push(`line ${n}: near-duplicate text (line ${seenNorm.get(norm)})`);
    seenNorm.set(norm, n);
  }
  if (!EXPECT.includes(o.expect)) errors.push(`line ${n}: bad expect "${o.expect}"`);
  if (!CATS.includes(o.category)) errors.push(`line ${n}: bad category "${o.category}"`);
  if (!SURF.includes(o.surface)) errors.push(`line ${n}: bad surface "${o.surface}"`);
  if (typeof o.lang !== "string" || !LANG_RE.test(o.lang)) errors.push(`line ${n}: bad lang "${o.lang}"`);
  if (typeof o.source !== "string" || !o.source) errors.push(`line ${n}: bad source`);
  else if (sources.size && !sources.has(o.source)) errors.push(`line ${n}: source "${o.source}" not listed in SOURCES.md`);
  if ("context" in o) {
    const c = o.context;
    if (typeof c !== "object" || c === null || Array.isArray(c) || !Object.keys(c).length) errors.push(`line ${n}: context must be a non-empty object`);
    else for (const [k, v] of Object.entries(c)) {
      if (!(k in CTX)) errors.push(`line ${n}: bad context key "${k}"`);
      else if (!CTX[k].includes(v)) errors.push(`line ${n}: bad context ${k}="${v}"`);
      else if (CTX_DEFAULT[k] === v) errors.push(`line ${n}: context ${k}="${v}" is a default and must be omitted`);
    }
  }
  // label sanity checks derived from the policy exceptions
  const ctx = o.context || {};
  if (o.expect === "allowed") {
    if (o.category === "payment") errors.push(`line ${n}: payment outside Upwork is never "allowed"`);
    if (["feedback", "account-sharing", "harassment"].includes(o.category)) errors.push(`line ${n}: no exception exists for ${o.category}`);
  }
  if (o.expect === "violation" && ["contact-sharing", "contact-request", "off-platform"].includes(o.category)
      && (ctx.client === "enterprise" || ctx.contract === "active"))
    warnings.push(`line ${n}: contact/off-platform violation despite an exception context; check label`);
  rows.push(o);
});

const count = (keyFn) => { const m = {}; for (const r of rows) { const k = keyFn(r); m[k] = (m[k] || 0) + 1; } return m; };
const pct = (x) => `${(100 * x / rows.length).toFixed(1)}%`;
const print = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(m).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(18)} ${String(v).padStart(4)}  ${pct(v)}`);
};

console.log(`${file}: ${rows.length} cases`);
print("expect", count((r) => r.expect));
print("category", count((r) => r.category));
print("surface", count((r) => r.surface));
print("role", count((r) => (r.context && r.context.role) || "freelancer"));
print("context", count((r) => r.context ? JSON.stringify(r.context) : "(defaults)"));
print("lang", count((r) => r.lang));

// lang x expect table
const langs = [...new Set(rows.map((r) => r.lang))].sort();
console.log("\nlang x expect");
console.log(`  ${"lang".padEnd(9)}${EXPECT.map((e) => e.padStart(11)).join("")}${"total".padStart(8)}`);
for (const l of langs) {
  const sub = rows.filter((r) => r.lang === l);
  console.log(`  ${l.padEnd(9)}${EXPECT.map((e) => String(sub.filter((r) => r.expect === e).length).padStart(11)).join("")}${String(sub.length).padStart(8)}`);
}
const tot = EXPECT.map((e) => String(rows.filter((r) => r.expect === e).length).padStart(11)).join("");
console.log(`  ${"all".padEnd(9)}${tot}${String(rows.length).padStart(8)}`);

// category x expect table
console.log("\ncategory x expect");
for (const c of CATS) {
  const sub = rows.filter((r) => r.category === c);
  console.log(`  ${c.padEnd(17)}${EXPECT.map((e) => String(sub.filter((r) => r.expect === e).length).padStart(11)).join("")}${String(sub.length).padStart(8)}`);
}

// coverage requirements of this batch
const base = (l) => l.replace(/-Latn$/, "");
for (const L of TARGET_LANGS) {
  const sub = rows.filter((r) => base(r.lang) === L);
  const script = rows.filter((r) => r.lang === L).length;
  if (sub.length < MIN_PER_LANG) errors.push(`lang ${L}: only ${sub.length} cases (< ${MIN_PER_LANG})`);
  if (script < MIN_PER_LANG) warnings.push(`lang ${L}: only ${script} cases in native script`);
  for (const c of CATS) {
    if (!sub.some((r) => r.category === c && r.expect === "violation")) errors.push(`lang ${L}: no violation in ${c}`);
    if (!sub.some((r) => r.category === c && r.expect === "clean")) warnings.push(`lang ${L}: no clean case in ${c}`);
  }
  for (const e of EXPECT) if (!sub.some((r) => r.expect === e)) errors.push(`lang ${L}: no ${e} case`);
  for (const s of SURF) if (!sub.some((r) => r.surface === s)) errors.push(`lang ${L}: no ${s} case`);
  if (!sub.some((r) => r.context && r.context.role === "client")) errors.push(`lang ${L}: no client-side case`);
}
const lens = rows.map((r) => r.text.length).sort((a, b) => a - b);
console.log(`\ntext length: min ${lens[0]}, median ${lens[lens.length >> 1]}, max ${lens.at(-1)}`);

for (const w of warnings) console.log(`WARN  ${w}`);
for (const e of errors) console.log(`ERROR ${e}`);
console.log(errors.length ? `\nFAILED: ${errors.length} error(s)` : "\nOK: no errors");
process.exit(errors.length ? 1 : 0);
