// Turns the pinned public sources into the committed seed training set. Run through build-training-set.sh.
//
// Output: a TSV with a header comment and the columns
//   group  category  merchant  description  amount
// "group" is the brand (or bank phrase) an example was generated from; the Java side splits training and
// held-out data by it, so one brand never lands in both. Everything random comes from one seeded generator and
// every input is visited in sorted order, so the output is byte-for-byte reproducible.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const DATA_SET_VERSION = '2026.12.2';
const SEED = 20261125;

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));

// ---- deterministic randomness (mulberry32) ----
let state = SEED >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const alnum = (n) => Array.from({ length: n }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('');

// ---- the reviewed mapping ----
const mapping = { osm: new Map(), mcc: [], amount: new Map() };
for (const line of readFileSync(args.mapping, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [kind, key, value, value2] = line.split('\t');
  if (kind === 'osm') mapping.osm.set(key, value);
  else if (kind === 'mcc') {
    const [from, to] = key.split('-').map(Number);
    mapping.mcc.push({ from, to: to ?? from, slug: value });
  } else if (kind === 'amount') mapping.amount.set(key, [Number(value), Number(value2)]);
  else throw new Error(`unknown mapping kind: ${line}`);
}
const mccSlug = (code) => mapping.mcc.find((r) => code >= r.from && code <= r.to)?.slug;

function amountFor(slug, sign) {
  const range = mapping.amount.get(slug) ?? mapping.amount.get(slug.split('.')[0]);
  let [min, max] = range ?? [-100, -5];
  if (sign === '+' && max < 0) [min, max] = [-max, -min];
  if (sign === '-' && min > 0) [min, max] = [-max, -min];
  const low = Math.min(Math.abs(min), Math.abs(max));
  const high = Math.max(Math.abs(min), Math.abs(max));
  const magnitude = Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low)));
  const rounded = chance(0.15) ? Math.round(magnitude) : Math.round(magnitude * 100) / 100;
  return ((min < 0 ? -1 : 1) * Math.max(rounded, 0.01)).toFixed(2);
}

// ---- bank-descriptor noise ----
const US_PLACES = ['SEATTLE WA', 'NEW YORK NY', 'AUSTIN TX', 'CHICAGO IL', 'SAN FRANCISCO CA', 'DENVER CO', 'BOSTON MA',
  'MIAMI FL', 'PORTLAND OR', 'ATLANTA GA', 'PHOENIX AZ', 'COLUMBUS OH'];
const EU_PLACES = ['BERLIN', 'MUENCHEN', 'HAMBURG', 'KOELN', 'PARIS', 'LYON', 'MARSEILLE', 'MADRID', 'BARCELONA',
  'VALENCIA', 'LONDON', 'MANCHESTER', 'WIEN', 'ZUERICH', 'BRUXELLES', 'AMSTERDAM'];
const COUNTRY = ['DE', 'FR', 'ES', 'GB', 'AT', 'CH', 'BE', 'NL', 'US'];
const PROCESSORS = ['SQ *', 'TST* ', 'PAYPAL *', 'SP * ', 'SUMUP *', 'IZ *', 'ZETTLE_*', 'PP*', 'CKO*', 'STRIPE* '];
const CARD_PREFIXES = ['POS ', 'POS PURCHASE ', 'DEBIT CARD PURCHASE ', 'CARD PURCHASE ', 'VISA DEBIT ', 'PURCHASE ',
  'KARTENZAHLUNG ', 'CB ', 'PAIEMENT CB ', 'COMPRA TARJ. ', 'COMPRA ', 'LASTSCHRIFT ', 'PRLV SEPA '];
const CARD_DESCRIPTIONS = ['', '', '', '', 'Card payment', 'Kartenzahlung', 'Paiement par carte', 'Pago con tarjeta',
  'Contactless', 'Apple Pay', 'Google Pay', 'Debit card'];

const squeeze = (s) => s.replace(/\s+/g, ' ').trim();
const date = () => `${String(1 + Math.floor(random() * 12)).padStart(2, '0')}/${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
const place = () => (chance(0.5) ? pick(US_PLACES) : `${pick(EU_PLACES)}${chance(0.5) ? ' ' + pick(COUNTRY) : ''}`);
const truncate = (s, n) => (s.length > n ? s.slice(0, n) : s);

/** One way a bank might print a purchase at this merchant. */
function merchantDescriptor(name) {
  const upper = name.toUpperCase();
  const compact = upper.replace(/[^A-Z0-9&' ]/g, ' ');
  switch (Math.floor(random() * 10)) {
    case 0: return name;
    case 1: return upper;
    case 2: return squeeze(`POS ${digits(4)} ${compact} #${digits(3 + Math.floor(random() * 3))} ${place()}`);
    case 3: return truncate(`${pick(PROCESSORS)}${chance(0.5) ? compact.replace(/ /g, '') : compact}`, 25);
    case 4: return squeeze(`${pick(CARD_PREFIXES)}${chance(0.4) ? date() + ' ' : ''}${compact} ${chance(0.6) ? place() : ''}`);
    case 5: return `${truncate(compact, 14)}${chance(0.5) ? ' ' + pick(['MKTP', 'STORE', 'ONLINE', 'US', 'EU', 'DIGITAL']) : ''}*${alnum(3 + Math.floor(random() * 4))}`;
    case 6: return squeeze(`${compact} ${pick(['#', 'STORE ', 'NR ', '0'])}${digits(2 + Math.floor(random() * 4))} ${chance(0.5) ? place() : ''}`);
    case 7: return truncate(compact, 18 + Math.floor(random() * 6)) + '   ' + pick(['*TRIP', '*ORDER', '', place()]);
    case 8: return squeeze(`${compact}//${pick(EU_PLACES)}/${pick(COUNTRY)}`);
    default: return truncate(squeeze(`${compact} ${place()}`), 22 + Math.floor(random() * 6));
  }
}

const EMPLOYERS = ['ACME CORP', 'NORTHWIND TRADERS', 'GLOBEX LLC', 'INITECH INC', 'MUSTERFIRMA GMBH', 'BEISPIEL AG',
  'SOCIETE EXEMPLE SAS', 'EMPRESA EJEMPLO SL', 'CONTOSO LTD', 'FABRIKAM GMBH'];
const PEOPLE = ['J SMITH', 'MARIA GARCIA', 'M MUELLER', 'JEAN DUPONT', 'ANNA SCHMIDT', 'L MARTIN', 'C LOPEZ', 'P BROWN',
  'SOPHIE BERNARD', 'JUAN PEREZ'];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A bank line around a phrase: counterparty, references, dates, IBAN fragments, as statements print them. */
function bankLine(phrase, slug) {
  const text = chance(0.6) ? phrase.toUpperCase() : phrase.replace(/^./, (c) => c.toUpperCase());
  const who = slug.startsWith('income') ? pick(EMPLOYERS) : pick([...PEOPLE, ...EMPLOYERS]);
  const parts = [text];
  if (chance(0.5)) parts.push(who);
  if (chance(0.4)) parts.push(chance(0.5) ? `${pick(MONTHS)} ${2024 + Math.floor(random() * 3)}` : date());
  if (chance(0.4)) parts.push(pick(['REF ', 'REF: ', 'END-TO-END-REF. ', 'REFERENCE ', 'ID ']) + alnum(6 + Math.floor(random() * 6)));
  if (chance(0.2)) parts.push(`${pick(COUNTRY)}${digits(2)} ${digits(4)} ${digits(4)}`);
  const order = chance(0.2) ? parts.slice(1).concat(parts[0]) : parts;
  return squeeze(order.join(' '));
}

// ---- sources ----
const rows = [];
const taken = new Map(); // brand key -> slug, so one brand gets one category even if OSM lists it twice
const LATIN = /^[\p{Script=Latin}\p{N}\s&'’.,\-+!:()/]+$/u;
// Chinese, Japanese and Korean brand names are kept as well: the features read them as character n-grams.
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{N}\s&'’.·ー・\-()]+$/u;
const brandKey = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/\b(hotels?|inns?|airlines?|airways|air lines|rent a car|car rental|resorts?|suites|inc|llc|ltd|gmbh|ag|sa)\b/g, ' ')
  .replace(/[^a-z0-9]+/g, '');

// Brands are collected first and generated last, so that each category can be capped: a few OSM categories
// (clothes, bus networks, ATMs) would otherwise outweigh the rest of the taxonomy. Since 2026.12 the known-merchant
// dictionary answers brands by name, so the model trains on fewer of them (250 a category, was 700) and on more
// variants of the generic bank lines and memos (16 and 10, were 8 and 5): real lines are mostly the latter.
const MAX_BRANDS_PER_CATEGORY = 250;
const MAX_ATM_BRANDS = 250;
const candidates = [];
// The known-merchant dictionary: every brand name with its slug, before the per-category cap of the training set
// (the dictionary answers brands the model never trained on). The Java side normalizes the names with the same
// DescriptorNormalizer it applies to bank lines and drops names whose normalized forms disagree on the primary.
const known = [];
function addBrand(name, slug, variants, source) {
  const latinKey = brandKey(name);
  const key = latinKey.length >= 2 ? latinKey : name.normalize('NFKC').replace(/\s+/g, '');
  if (key.length < 2) return undefined;
  if (!taken.has(key)) {
    taken.set(key, slug);
    candidates.push({ name, slug, variants, group: `${source}:${key}` });
  }
  return taken.get(key);
}

function generateBrands() {
  const bySlug = new Map();
  for (const c of candidates) bySlug.set(c.slug, [...(bySlug.get(c.slug) ?? []), c]);
  for (const [slug, list] of [...bySlug.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    const isAtm = slug === 'transfer_out.withdrawal';
    for (const { name, variants, group } of list.slice(0, isAtm ? MAX_ATM_BRANDS : MAX_BRANDS_PER_CATEGORY)) {
      for (let i = 0; i < variants; i++) {
        const merchant = isAtm
          ? squeeze(`${pick(['ATM WITHDRAWAL', 'ATM WDL', 'CASH WITHDRAWAL', 'GA', 'RETRAIT DAB', 'REINTEGRO CAJERO'])} ${name.toUpperCase()} ${chance(0.5) ? place() : ''}`)
          : merchantDescriptor(name);
        rows.push([group, slug, merchant, pick(CARD_DESCRIPTIONS), amountFor(slug, '-')]);
      }
    }
  }
}

const nsi = JSON.parse(readFileSync(args.nsi, 'utf8')).nsi;
// A brand listed under several categories takes the first; categories that are a side line of many brands (the
// car wash or charger at a fuel station, a bank's ATM) come last, so Shell is fuel and not a car wash.
const SIDE_LINES = new Set(['amenity/car_wash', 'amenity/charging_station', 'man_made/charge_point', 'amenity/atm',
  'amenity/vending_machine', 'amenity/parcel_locker', 'amenity/compressed_air', 'shop/convenience']);
const sideLine = (treeKey) => SIDE_LINES.has(treeKey.split('/').slice(1).join('/'));
const treeOrder = Object.keys(nsi).sort((a, b) => (sideLine(a) - sideLine(b)) || a.localeCompare(b));
for (const treeKey of treeOrder) {
  const [tree, k, v] = treeKey.split('/');
  if (!['brands', 'operators', 'transit'].includes(tree)) continue;
  const slug = mapping.osm.get(`${k}/${v}`);
  if (!slug) continue;
  const items = [...nsi[treeKey].items].sort((a, b) => a.id.localeCompare(b.id));
  for (const item of items) {
    const tags = item.tags ?? {};
    const name = tags.brand ?? tags.operator ?? tags.network ?? tags.name ?? item.displayName;
    if (!name || !/\p{L}.*\p{L}/u.test(name)) continue;
    if (LATIN.test(name)) {
      const chosen = addBrand(name, slug, tree === 'brands' ? 2 : 1, 'nsi');
      if (chosen) known.push([name, chosen, 'brand']);
    } else if (CJK.test(name)) {
      const chosen = addBrand(name, slug, 1, 'nsi');
      if (chosen) known.push([name, chosen, 'brand']);
    }
  }
}

const mcc = JSON.parse(readFileSync(args.mcc, 'utf8')).sort((a, b) => a.mcc.localeCompare(b.mcc));
for (const entry of mcc) {
  const code = Number(entry.mcc);
  const slug = mccSlug(code);
  if (!slug) continue;
  const description = (entry.edited_description || entry.combined_description || '').replace(/[–’]/g, (c) => (c === '–' ? '-' : "'")).trim();
  if (!description) continue;
  if (code >= 3000 && code <= 3999) {
    // Airline, car rental and hotel chains: the description is the brand's name.
    const chain = description.replace(/\s*\(.*\)\s*/g, ' ').trim();
    // The dictionary keeps the chain's own category: its training key may collide with another brand's ("UNITED
    // AIRLINES" and the fuel brand "United"), which decides the training rows, not what the chain is.
    const chosen = addBrand(chain, slug, 2, 'mcc');
    if (chosen) known.push([chain, slug, 'brand']);
  } else {
    // Category descriptions: what a bank's "merchant category" field or a careful memo says.
    const group = `mcc:${entry.mcc}`;
    for (let i = 0; i < 2; i++) {
      const text = chance(0.5) ? description : description.toUpperCase();
      rows.push(chance(0.5) ? [group, slug, text, '', amountFor(slug, '-')] : [group, slug, '', text, amountFor(slug, '-')]);
    }
  }
}

for (const line of readFileSync(args.phrases, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [slug, sign, lang, kind, text] = line.split('\t');
  if (kind === 'brand') {
    const chosen = addBrand(text, slug, 4, 'online');
    if (chosen) known.push([text, chosen, 'brand']);
    continue;
  }
  // Our reviewed phrases are known too: "payroll deposit", "miete", "electric bill" are as unambiguous as a brand.
  // With its sign: "dauerauftrag" going out is a transfer out, coming in it is not, and a lookup cannot tell.
  // A "word" (a shop type, a bill: "supermarket", "超市", "mortgage") is found anywhere in a line; it trains as a
  // bank line does.
  known.push([text, slug, `${kind === 'word' ? 'word' : 'phrase'}${sign}`]);
  const group = `phrase:${lang}:${text}`;
  const printed = kind === 'line' || kind === 'word';
  const count = printed ? 16 : 10;
  for (let i = 0; i < count; i++) {
    if (printed) {
      rows.push([group, slug, bankLine(text, slug), chance(0.3) ? pick(['SEPA', 'ACH', 'Standing order', 'Dauerauftrag', 'Virement', 'Transferencia', '']) : '', amountFor(slug, sign)]);
    } else {
      const typed = chance(0.5) ? text : text.replace(/^./, (c) => c.toUpperCase());
      rows.push(chance(0.5) ? [group, slug, typed, '', amountFor(slug, sign)] : [group, slug, '', typed, amountFor(slug, sign)]);
    }
  }
}

// ---- generic vocabulary: what a shop or amenity is called, in the languages our users bank in ----
// OpenStreetMap iD presets (name and search terms per tag, translated): "Supermarket", "Supermarkt", "超市".
// Each term is its own group, so the held-out split keeps whole terms apart.
const PRESET_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'zh-CN', 'zh-TW', 'ja', 'ko'];
const MAX_TERMS = 3;
const generic = new Set();
if (args.presets) {
  for (const lang of PRESET_LANGUAGES) {
    const file = JSON.parse(readFileSync(`${args.presets}/translations/${lang}.json`, 'utf8'));
    const presets = file[lang]?.presets?.presets ?? {};
    for (const key of [...mapping.osm.keys()].sort()) {
      const entry = presets[key];
      if (!entry?.name) continue;
      const slug = mapping.osm.get(key);
      const terms = (entry.terms ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 1).slice(0, MAX_TERMS);
      for (const [text, count] of [[entry.name, 2], ...terms.map((t) => [t, 1])]) {
        generic.add(text.toLowerCase());
        const group = `osm:${lang}:${text.toLowerCase()}`;
        for (let i = 0; i < count; i++) {
          const typed = chance(0.5) ? text : text.toUpperCase();
          rows.push(chance(0.5) ? [group, slug, typed, '', amountFor(slug, '-')] : [group, slug, '', typed, amountFor(slug, '-')]);
        }
      }
    }
  }
}

// merchant-category-code: the IRS's and USDA's wording of the MCC descriptions where it differs from the mcc
// package's (the wording card statements and tax exports use).
if (args.mccDescriptions) {
  const source = readFileSync(args.mccDescriptions, 'utf8');
  const entries = JSON.parse(source.slice(source.indexOf('['), source.lastIndexOf(']') + 1));
  for (const entry of entries.sort((a, b) => a.mcc.localeCompare(b.mcc))) {
    const code = Number(entry.mcc);
    const slug = mccSlug(code);
    if (!slug || (code >= 3000 && code <= 3999)) continue;
    const seen = new Set([(entry.combined_description ?? '').toLowerCase()]);
    for (const text of [entry.irs_description, entry.usda_description]) {
      const clean = (text ?? '').replace(/[–’]/g, (c) => (c === '–' ? '-' : "'")).trim();
      if (!clean || seen.has(clean.toLowerCase())) continue;
      seen.add(clean.toLowerCase());
      rows.push([`mcc:${entry.mcc}`, slug, chance(0.5) ? clean : clean.toUpperCase(), '', amountFor(slug, '-')]);
    }
  }
}

generateBrands();

const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ');
const header = [
  `# DuskSpendr seed training set, version ${DATA_SET_VERSION}. Generated by ejb-ml/src/training/build-training-set.sh; do not edit.`,
  `# Sources: ${args.sources} (see the README for licences), category-mapping.tsv, bank-phrases.tsv. Seed ${SEED}.`,
  '# version\t' + DATA_SET_VERSION,
  'group\tcategory\tmerchant\tdescription\tamount',
];
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, header.concat(rows.map((r) => r.map(clean).join('\t'))).join('\n') + '\n');
if (args.known) {
  // A brand whose whole name is a generic word ("Coffee", "Apotheke", "Rent") would file every line that merely
  // starts with that word: left to the model.
  const phraseWords = new Set(readFileSync(args.phrases, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')).filter((c) => c[3] !== 'brand').map((c) => (c[4] ?? '').toLowerCase()));
  const isGeneric = (name) => generic.has(name.toLowerCase()) || phraseWords.has(name.toLowerCase());
  const lines = [...new Map(known.filter(([name, , kind]) => kind !== 'brand' || !isGeneric(name))
    .map(([name, slug, kind]) => [`${name}\t${slug}\t${kind}`, [name, slug, kind]])).values()]
    .sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a < b ? -1 : 1));
  writeFileSync(args.known, [`# DuskSpendr known merchants and bank phrases, version ${DATA_SET_VERSION}: name, category slug, brand, phrase or word with the sign of its amounts (phrase+, word-). Generated by build-training-set.sh; do not edit.`,
    ...lines.map(([name, slug, kind]) => `${clean(name)}\t${slug}\t${kind}`)].join('\n') + '\n');
  console.log(`${lines.length} known merchants`);
}
const perSlug = rows.reduce((m, r) => m.set(r[1], (m.get(r[1]) ?? 0) + 1), new Map());
console.log(`${rows.length} examples, ${taken.size} brands, ${perSlug.size} categories`);
