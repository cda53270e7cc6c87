import { defineRule, type Hit } from '../detector/rule';
import { clauseAround, matches } from '../detector/text';
import { oneOf } from '../detector/pattern';
import { facts } from './catalog';
import { compileAhead } from '../detector/compile-first';

type MessageId = 'link' | 'wallet' | 'iban' | 'card' | 'account';

/** Pay-me links: paypal.me/x, venmo.com/u/x, cash.app/$x, revolut.me/x, wise.com/pay/me/x, tip jars. */
const PAY_LINK = compileAhead(new RegExp(
  '\\b(?:https?:\\/\\/)?(?:www\\.)?' +
    oneOf([
      'paypal\\.me', 'paypal\\.com\\/(?:paypalme|pools|donate)', 'venmo\\.com\\/(?:u\\/)?',
      'cash\\.app\\/\\$?', 'revolut\\.me', 'wise\\.com\\/pay', 'payoneer\\.com\\/(?:pay|request)',
      'buymeacoffee\\.com', 'ko-fi\\.com', 'patreon\\.com', 'donate\\.stripe\\.com', 'buy\\.stripe\\.com',
      'pay\\.(?:google|apple)\\.com', 'commerce\\.coinbase\\.com', 'nowpayments\\.io',
      'binance\\.com\\/(?:[a-z-]+\\/)?(?:qr|pay)',
    ]) +
    '\\/?[a-z0-9$_./-]{2,80}',
  'g',
));
/** Crypto addresses: Bitcoin (legacy, P2SH, bech32), Ethereum/EVM, Tron, Litecoin, Solana-style base58. */
// The prepared view is lower case, so base58 candidates are matched loosely here and checked against the typed characters.
const WALLET = /\b(?:bc1[ac-hj-np-z02-9]{11,71}|[13][a-z1-9]{25,34}|0x[0-9a-f]{40}|t[1-9a-z]{33}|ltc1[ac-hj-np-z02-9]{11,71}|[lm][a-z1-9]{26,33}|[1-9a-z]{43,44})\b/g;
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;
const IBAN = /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?\b/g;
const CARD = /\b\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}\b/g;
/** Nigerian banks and wallets whose account numbers (NUBAN) are ten digits; Opay, Palmpay and Kuda use the phone number without its 0. */
const NIGERIAN_BANK =
  'gt ?bank|gtb|opay|palm ?pay|kuda|moniepoint|access bank|zenith(?: bank)?|uba|first ?bank|fidelity(?: bank)?|wema(?: bank)?|sterling bank|union bank|fcmb|stanbic(?: ibtc)?';
/** "account number: 123456789", "routing 021000021", "sort code 12-34-56", "SWIFT: DEUTDEFF". */
const ACCOUNT = compileAhead(new RegExp(
  [
    '\\b' +
      oneOf([
        '(?:bank )?account (?:number|no|#|num)', 'acc(?:ount)? no', 'a\\/c(?: no)?',
        'routing(?: number| no)?', 'aba', 'sort code', 'bsb', 'clabe', 'cbu',
      ]) +
      '\\b ?[:#=-]? ?\\d[\\d -]{4,30}\\d\\b',
    '\\b(?:swift|bic)(?:\\/bic)?(?: code)? ?[:=-] ?[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?\\b',
    '\\bifsc(?: code)? ?[:=-]? ?[a-z]{4}0[a-z0-9]{6}\\b',
    // A Nigerian account number (NUBAN, ten digits) beside its bank or wallet, or given as "my account" ("0123456789 GTBank", "Opay 8031234567").
    `\\b(?:(?:${NIGERIAN_BANK})[\\s:,-]{0,3}\\d{10}|\\d{10}[\\s:,-]{0,3}(?:${NIGERIAN_BANK})|(?:to|into|my) (?:bank )?account ?[:=-]? ?\\d{10})\\b`,
  ].join('|'),
  'g',
));
const PAY_CUE = new RegExp(
  '\\b' +
    oneOf([
      'pay', 'paid', 'payment', 'send', 'transfer', 'wallet', 'address', 'deposit', 'usdt', 'btc', 'bitcoin',
      'eth', 'ethereum', 'crypto', 'trc-?20', 'erc-?20', 'bep-?20', 'tron', 'binance', 'metamask', 'bank',
      'iban', 'wire', 'card', 'money', 'funds', 'invoice', 'tip',
    ]) +
    '\\b',
);

/** Each country's IBAN length: a number of that shape whose check digits fail is a placeholder or a typo, still given to be paid. */
const IBAN_LENGTH: Record<string, number> = {
  ad: 24, ae: 23, al: 28, at: 20, az: 28, ba: 20, be: 16, bg: 22, bh: 22, br: 29, by: 28, ch: 21, cr: 22, cy: 28, cz: 24, de: 22,
  dk: 18, do: 28, ee: 20, eg: 29, es: 24, fi: 18, fo: 18, fr: 27, gb: 22, ge: 22, gi: 23, gl: 18, gr: 27, gt: 28, hr: 21, hu: 28,
  ie: 22, il: 23, iq: 23, is: 26, it: 27, jo: 30, kw: 30, kz: 20, lb: 28, lc: 32, li: 21, lt: 20, lu: 20, lv: 21, mc: 27, md: 24,
  me: 22, mk: 19, mr: 27, mt: 31, mu: 30, nl: 18, no: 15, pk: 24, pl: 28, ps: 29, pt: 25, qa: 29, ro: 24, rs: 22, sa: 24, se: 24,
  si: 19, sk: 24, sm: 27, tn: 24, tr: 26, ua: 29, va: 22, vg: 24, xk: 20,
};
/** Words of paying into an account, in the languages the corpus holds: "overmaken naar", "în contul", "a la cuenta", "auf das Konto". */
const INTO_ACCOUNT = new RegExp(
  '\\b' +
    oneOf([
      'iban', 'wire', 'transfer\\w*', 'deposit', 'pay\\w*', 'send', 'account', 'bank', 'overmak\\w*', 'overboek\\w*', 'over naar', 'stort\\w*', 'bedrag', 'rekening\\w*', 't\\.?n\\.?v',
      'contul', 'cont', 'titular', 'virament\\w*', 'cuenta', 'transferencia', 'conta', 'konto', 'uberweis\\w*', 'compte', 'virement', 'akaun', 'bayar\\w*',
    ]) +
    '\\b',
);
/** A format explained, not a number given: "an IBAN such as", "e.g.", "placeholder", "validation". */
const IBAN_FORMAT = /\b(?:example|e\.g|such as|placeholder|format\w*|dummy|sample|mock|valid\w*|regex|mask|field)\b/;

/** An IBAN of its country's length given to be paid into, whatever its check digits ("în contul RO00 BANK 0000 1234 5678 9000"). */
function ibanShaped(raw: string, clause: string, around: string): boolean {
  const iban = raw.replace(/ /g, '');
  return IBAN_LENGTH[iban.slice(0, 2)] === iban.length && /[a-z]/.test(iban.slice(4, 8)) === /^(?:gb|ie|nl|ro|bg|md|mt|ps|qa|kw|jo|bh|ae|gi|va|vg|pk)$/.test(iban.slice(0, 2)) &&
    INTO_ACCOUNT.test(clause) && !IBAN_FORMAT.test(around);
}

function ibanValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Bank details shown to the public on a page being built: "a bank transfer page for customers". */
const FOR_CUSTOMERS = /\bfor (?:our |my |the |your )?(?:customers|clients|buyers|users|donors|members|visitors)\b|\b(?:page|website|footer|checkout|invoice template)\b/;

/** Card numbers published by payment processors for testing. */
const TEST_CARD = new RegExp(
  '^' +
    oneOf([
      '4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '4000056655665556',
      '5105105105105100', '6011111111111117',
      // Stripe's decline and error cards: "4000 0000 0000 9995" (insufficient funds), "4000 0000 0000 0069" (expired).
      '400000000000\\d{4}',
    ]) +
    '$',
);

export default defineRule<MessageId>({
  ...facts('payment-details'),
  description: 'Payment details that only make sense for paying outside Upwork: pay-me links, crypto wallet addresses, IBANs, bank account and card numbers.',
  fixLabel: 'Remove the payment details',
  messages: {
    link: 'This is a link for sending you money outside Upwork. Every payment between people who met on Upwork has to go through Upwork.',
    wallet: 'This looks like a crypto wallet address. Sharing one for payment means paying outside Upwork, which breaks the payment rule.',
    iban: 'This is a bank account number (IBAN). Sharing bank details for payment means paying outside Upwork.',
    card: 'This looks like a payment card number. Card payments between you and the other person would happen outside Upwork; never share card numbers in a message.',
    account: 'These are bank details. Sharing them for payment means paying outside Upwork, which breaks the payment rule.',
  },
  check({ text, original, starts, ends }) {
    const hits: Hit<MessageId>[] = [];
    const typed = (start: number, end: number) => original.slice(starts[start]!, ends[end - 1]!);
    for (const m of matches(PAY_LINK, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'link' });
    for (const m of matches(WALLET, text)) {
      const end = m.index + m[0].length;
      const raw = typed(m.index, end);
      const cue = PAY_CUE.test(clauseAround(text, m.index, end).text);
      // Base58 addresses are mixed case; an all-lower or all-upper run of letters is a word or a hash.
      const base58 = !/^(?:bc1|ltc1|0x)/.test(m[0]);
      if (base58 && (!BASE58.test(raw) || !/[a-z]/.test(raw) || !/[A-Z]/.test(raw) || !/\d/.test(raw))) continue;
      if (!cue && !/^(?:bc1|0x)/.test(m[0])) continue;
      if (/^0x/.test(m[0]) && (!cue || /^0x0+$/.test(m[0]) || /\b(?:test|tests|testnet|contract address|field|mock|dummy)\b/.test(clauseAround(text, m.index, end).text))) continue;
      hits.push({ start: m.index, end, messageId: 'wallet' });
    }
    for (const m of matches(IBAN, text)) {
      // A company's account printed on its own site for its customers is the work, not a payment between these two.
      const clause = clauseAround(text, m.index, m.index + m[0].length).text;
      if (FOR_CUSTOMERS.test(clause)) continue;
      if (ibanValid(m[0]) || ibanShaped(m[0], clause, text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40))) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'iban' });
    }
    for (const m of matches(CARD, text)) {
      const digits = m[0].replace(/\D/g, '');
      const end = m.index + m[0].length;
      const clause = clauseAround(text, m.index, end).text;
      // Processors' published test cards ("4242 4242 4242 4242") are for trying a checkout, not for paying.
      if (/\btest\b|\bsandbox\b|\bdemo\b/.test(clause) || TEST_CARD.test(digits)) continue;
      if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && /\b(?:card|visa|mastercard|amex|cvv|cvc|expir\w*|exp)\b/.test(clause)) {
        hits.push({ start: m.index, end, messageId: 'card' });
      }
    }
    for (const m of matches(ACCOUNT, text)) {
      // A placeholder of one repeated digit ("sort code 00-00-00, account 00000000") pays nobody.
      if (/^(\d)\1*$/.test(m[0].replace(/\D/g, ''))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'account' });
    }
    return hits;
  },
});
