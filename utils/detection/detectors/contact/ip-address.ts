import { codeAt, codePointBefore, isHexDigit } from '../../char-codes';
import { defineDetector } from '../../define-detector';
import { perText } from '../../per-text';
import { columnHeader, lineAt } from '../../table-context';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { lastNonBlank, testAfter, testBefore, textBefore } from '../../text-window';

/**
 * IP address, IPv4 (`192.168.1.10`, `10.0.0.0/8`) or IPv6 (`2001:db8::1`, `fe80::1%eth0`,
 * `::ffff:192.0.2.1`, `2001:0db8:85a3:0000:0000:8a2e:0370:7334`). A citizen's public address is
 * personal data; an internal address of the département's network is security information (it
 * helps map the network). Both are reported, with a low severity.
 *
 * Format and check: IPv4 is four decimal octets 0-255 (no leading zero), optionally `/0`-`/32`;
 * a fifth part (`1.2.3.4.5`, OIDs such as `1.2.250.1.213`) means it is not an address. IPv6 is
 * eight groups of 1-4 hex digits, or fewer with exactly one `::`, the last two groups optionally
 * written as an IPv4 address, with an optional `%zone` and `/0`-`/128`; times (`10:30:45`),
 * ratios and MAC addresses fail this check.
 *
 * Decisions: numbers right after `version`, `v`, `build`, `firmware`, `article`, `§`, `réf.`, `fiche`… are
 * version or section numbers and are not reported. Addresses that identify no host and no
 * network (unspecified `0.0.0.0`/`::`, loopback `127.0.0.0/8`/`::1`, broadcast, multicast, and
 * the documentation ranges `192.0.2.0/24`, `198.51.100.0/24`, `203.0.113.0/24`, `2001:db8::/32`
 * of RFC 5737 / RFC 3849) are still reported as IP addresses but with a score of 0.3, below the
 * default policy threshold (0.5): the engine agrees with other tools on what an IP address is,
 * and the default policy does not warn about example addresses copied from documentation.
 *
 * Source: RFC 791, RFC 4291 §2.2, RFC 6890 (special-purpose registries,
 * https://www.rfc-editor.org/rfc/rfc6890). Examples are fictitious.
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// The first octet with the left boundary `(?<![\p{L}\p{N}.])` checked after its first digit: a
// pattern that starts with a look-behind is tried at every position of the text.
const IPV4_BOUNDARY = (first: string) => `${first}(?<![\\p{L}\\p{N}.]${first})`;
const FIRST_OCTET = `(?:${IPV4_BOUNDARY('2')}(?:5[0-5]|[0-4]\\d)|${IPV4_BOUNDARY('1')}\\d\\d|${IPV4_BOUNDARY('[1-9]')}\\d|${IPV4_BOUNDARY('\\d')})`;
const IPV4 = `${FIRST_OCTET}\\.(?:${OCTET}\\.){2}${OCTET}`;
const HEX = '[0-9A-Fa-f]';
// Candidates only: `isValidIpv6` checks the structure. Every repetition starts with ':', so the
// pattern is linear. An IPv6 candidate is `(?:HEX{1,4})?(?::HEX{0,4}){2,8}…`: the pattern starts at
// its first ':' (a pattern starting with a hex digit would be tried at every a-f letter of the
// text) and `ipv6Start` walks back over the leading hex digits.
const IPV6_FROM_COLON = `:${HEX}{0,4}(?::${HEX}{0,4}){1,7}(?:\\.\\d{1,3}){0,3}(?:%[\\p{L}\\p{N}_]{1,16})?(?:/(?:12[0-8]|1[01]\\d|[1-9]?\\d))?`;

const PATTERN = new RegExp(
  `(${IPV6_FROM_COLON})(?![\\p{L}\\p{N}:]|\\.\\d)|(${IPV4}(?:/(?:3[0-2]|[12]?\\d))?)(?!\\p{N}|\\.\\d)`,
  'gu',
);

/** Characters that may not precede an IPv6 address (look-behind `(?<![\p{L}\p{N}:.])`). */
const NOT_BEFORE_IPV6 = /^[\p{L}\p{N}:.]$/u;

/**
 * Start of the IPv6 candidate whose first ':' is at `colon`: up to 4 hex digits before it, not
 * preceded by a letter, a digit, ':' or '.'; -1 when there is none at or after `minStart`.
 */
const ipv6Start = (text: string, colon: number, minStart: number): number => {
  let start = colon;
  while (start > 0 && colon - start < 5 && isHexDigit(codeAt(text, start - 1))) start--;
  if (colon - start > 4 || start < minStart) return -1;
  if (NOT_BEFORE_IPV6.test(codePointBefore(text, start))) return -1;
  return start;
};

const BASE_SCORE = 0.6;
const NON_IDENTIFYING_SCORE = 0.3;

const VERSION_BEFORE = /(?<![\p{L}\p{N}])(?:(?:boot|version|ver\.?|v\.?|build|release|firmware|fw|patch|correctif|hotfix|maj|mise a jour|update|edition|art\.?|article|section|chapitre|paragraphe|§|oid|norme|iso|ref\.?(?: fournisseur| produit)?|reference|fiche(?: technique)?)"?[ ]?(?:n[°o]\.?)?[ ]?[:=]?"?|(?:module|paquet|package|plugin|logiciel) [\p{L}\p{N}_.-]{1,30}|(?:version|firmware)(?: [\p{L}'’-]{1,20}){1,4} ?:|(?:version|firmware) (?:du|de la|de l'|des) ?[\p{L}-]{1,20}|(?:maj|mise a jour|mis a jour|mettre a jour|migration|upgrade|passage)(?: [\p{L}\p{N}'’-]{1,20}){0,5} (?:en|vers|depuis)|revenir a la)[ ]?$/u;

/** Four decimal octets 0-255 without leading zeros: the IPv4 address that ends an IPv6 one (`::ffff:192.0.2.1`). */
const isIpv4 = (value: string): boolean => {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && !(part.length > 1 && part.startsWith('0')) && Number(part) <= 255);
};

/**
 * The IPv4 addresses that identify no host or network: unspecified (`0.`), loopback (`127.`), multicast, reserved and
 * broadcast (224 and up), documentation (`192.0.2.`, `198.51.100.`, `203.0.113.`). Read on the address as written, whose
 * octets have no leading zero (the pattern's OCTET, isIpv4): splitting it into numbers was a sixth of this detector's
 * time on a list of 11,111 addresses (26-30 ms, 22-25 ms without).
 */
const NON_IDENTIFYING_IPV4 = /^(?:0|127|22[4-9]|2[3-5]\d|192\.0\.2|198\.51\.100|203\.0\.113)\./;

/** The 16-bit groups of one side of `::` (empty side: none), or null. */
const toGroups = (half: string): number[] | null => {
  if (half === '') return [];
  const groups: number[] = [];
  for (const group of half.split(':')) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return null;
    groups.push(parseInt(group, 16));
  }
  return groups;
};

/**
 * Checks an IPv6 address (without zone or prefix). Returns its 16-bit groups (an embedded IPv4
 * counts as two) and the embedded IPv4 address as written, or null.
 */
const parseIpv6 = (value: string): { groups: number[]; ipv4: string | null } | null => {
  let body = value;
  let ipv4: string | null = null;
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.')) {
    ipv4 = body.slice(lastColon + 1);
    if (!isIpv4(ipv4)) return null;
    body = `${body.slice(0, lastColon + 1)}0:0`;
  }
  if (body.includes(':::')) return null;
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const left = toGroups(halves[0]);
  const right = halves.length === 2 ? toGroups(halves[1]) : [];
  if (!left || !right) return null;
  if (halves.length === 1) return left.length === 8 ? { groups: left, ipv4 } : null;
  const missing = 8 - left.length - right.length;
  if (missing < 1) return null;
  return { groups: [...left, ...new Array<number>(missing).fill(0), ...right], ipv4 };
};

const isNonIdentifyingIpv6 = (groups: number[], ipv4: string | null): boolean => {
  if (groups.every((group) => group === 0)) return true; // ::
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return true; // ::1
  if (groups[0] === 0x2001 && groups[1] === 0x0db8) return true; // documentation
  if (groups[0] >= 0xff00) return true; // multicast
  return ipv4 !== null && NON_IDENTIFYING_IPV4.test(ipv4);
};

/** A software build or version after a dotted number (`10.0.19045 (build …)`, `client 4.2.1.7 requis`). */
const BUILD_AFTER = /^(?:,? ?\(?(?:build|rev|revision|version)|(?: ou)? (?:requise?s?|minimum|minimale|ou superieure?|ou plus|installee?|deployee?))(?![\p{L}])/u;
/** A URI's user and password right before its host (`://app:secret@`). */
const CREDENTIALS_BEFORE = /:\/\/[^\s\/@:]*:[^\s\/@]+@$/;

/** A product before its version (`Chrome/`, `FortiOS `, `version FortiClient `, a name in CamelCase: `LibreOffice `, `DomeSky Pro `). */
const PRODUCT_BEFORE = /(?:[A-Z][A-Za-z]{1,20}\/|[A-Za-z-]{0,20}OS |[Vv]ersion [A-Za-z][\w-]{1,20} |(?<![\p{L}])[A-Z][a-z]{2,15}[A-Z][A-Za-z]{1,15} (?:Pro )?)$/u;
/** A column of versions, or of a museum's inventory numbers (`N° inv.` … `86.14.2.1`), by its header. */
const VERSION_COLUMN = /(?:firmware|version|logiciel|build|release|inv\.|inventaire)/;
/** Versions named in the sentence before the number, no full stop between (the dots of a version are none); an upgrade's path too (`Upgrade path: 10.2.0.17 → 10.3.1.9`). */
const VERSION_TOPIC = /(?:firmware|version|micrologiciel|upgrade)(?:[^.\n]|\.(?=\w))*$/;
/** Network words before a product's name make the number after it an address (`passerelle NetScaler 10.1.2.3`). */
const NETWORK_BEFORE = /(?:ip|adresse|serveur|server|host|hote|passerelle|gateway|vpn|dns|proxy|routeur|router)(?![a-z])/;

/**
 * A dotted number opening a line, then a space (`3.1.2 nombre d'accidents`): an outline's heading. Found from its first
 * digit, the line's start checked behind it: `(?:^|\n)` first was tried at every position by V8 compiled without its
 * search optimisations (see _name-things.ts's lineNamesPlant): 3.6 ms on the 1 MB document of bench (b), 1.5 ms from the digit
 * (optimised, 0.5 -> 0.6 ms).
 */
const LINE_NUMBER = /(\d(?<![^\n]\d)\d*(?:\.\d+)*) /g;
/** The dotted numbers that open a text's lines, read once per text (perText): a list of addresses one per line would otherwise have the whole text searched at each of them. */
const lineNumbersOf = perText((text) => new Set(Array.from(text.matchAll(LINE_NUMBER), (match) => match[1])));

/** An outline's item opening its line (`3.1.2.4 nombre de jours d'arrêt`) under its parent's (`3.1.2 nombre d'accidents`): a numbering. */
const isOutlineItem = (text: string, start: number, lineStart: number, ipv4: string): boolean => {
  // Blanks alone before it on its line, or at least 8 of them (a wide indent).
  const blanksFrom = lastNonBlank(text, start) + 1;
  if (blanksFrom !== lineStart && start - blanksFrom < 8) return false;
  return lineNumbersOf(text).has(ipv4.slice(0, ipv4.lastIndexOf('.')));
};

export default defineDetector({
  id: 'ip-address',
  type: 'IP_ADDRESS',
  pattern: PATTERN,
  baseScore: BASE_SCORE,
  keywords: phraseList(
    'ip|adresse ip|ipv4|ipv6|serveur|server|routeur|router|passerelle|gateway|hote|host|vpn|reseau|subnet',
    'sous-reseau|dns|proxy|ssh|rdp|ping|connexion|poste',
  ),
  priority: 50,
  candidateStart: (text, anchor, minStart) => (anchor[1] !== undefined ? ipv6Start(text, anchor.index, minStart) : anchor.index),
  validate: (value, context) => {
    const [, ipv6, ipv4] = context.groups;
    // The version, product, credentials and version-topic patterns do not cross a line break: they read
    // the line up to the address (nothing for one opening its line, as in a list of addresses one per
    // line). NETWORK_BEFORE, which overrides two of them, still reads its 40 or 110 characters across lines.
    const [lineStart] = lineAt(context.folded, context.start);
    const onLine = (length: number): number => Math.min(length, context.start - lineStart);
    // `Démarrage GED 10.4.2.1 (build 20260311)`: a version, named by its build after it.
    if (testBefore(context.folded, context.start, VERSION_BEFORE, onLine(48)) || testAfter(context.folded, context.end, BUILD_AFTER, 16)) return false;
    // A product's version: a browser's in a user agent (`Chrome/131.0.0.0`), a system's (`FortiOS 7.0.15.2`),
    // a named one (`version FortiClient 7.2.4.1`).
    if (testBefore(context.text, context.start, PRODUCT_BEFORE, onLine(30)) && !NETWORK_BEFORE.test(textBefore(context.folded, context.start, 40))) return false;
    // The host of a URI with its password (`postgres://app:…@10.12.4.27:5432`): the connection
    // string is the secret, reported by connection-string.
    if (testBefore(context.text, context.start, CREDENTIALS_BEFORE, onLine(300))) return false;
    // A table's column of versions (`| Firmware |` … `| 2.4.1.9 |`), or versions a sentence about them lists
    // (`le firmware n'est pas à jour (cible 17.9.4a pour les Catalyst, 2.4.1.17 pour les bornes)`).
    if (VERSION_COLUMN.test(columnHeader(context.folded, context.start) ?? '')) return false;
    // Far enough back for a list of versions that opens on the word (`Version de l'appli : 4.12.3 (build …), JDK 17.0.10, …`).
    if (testBefore(context.folded, context.start, VERSION_TOPIC, onLine(110)) && !NETWORK_BEFORE.test(textBefore(context.folded, context.start, 110))) return false;
    if (ipv4 !== undefined) {
      // Four single digits ending in 0 head a nomenclature's item (the water law's IOTA rubrics `3.2.6.0`) or
      // number a version (`pilote PCL6 en 7.1.0.0`): no labelled address of the corpora has this shape.
      if (/^[1-9]\.\d\.\d\.0$/.test(ipv4)) return false;
      if (isOutlineItem(context.text, context.start, lineStart, ipv4)) return false;
      // The pattern's OCTET has checked each octet (a prefix's `/` may follow the last one).
      return NON_IDENTIFYING_IPV4.test(ipv4) ? NON_IDENTIFYING_SCORE : BASE_SCORE;
    }
    if (ipv6 === undefined) return false;
    const address = value.split('/')[0].split('%')[0];
    const parsed = parseIpv6(address);
    if (!parsed) return false;
    // Eight groups of two hexadecimal digits are a certificate's serial or a fingerprint (`4E:7A:91:02:C3:55:18:0B`).
    if (/^(?:[0-9a-f]{2}:){7}[0-9a-f]{2}$/i.test(address)) return false;
    return isNonIdentifyingIpv6(parsed.groups, parsed.ipv4) ? NON_IDENTIFYING_SCORE : BASE_SCORE;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['Serveur : 192.168.1.10', 'DNS 8.8.8.8', 'réseau 10.0.0.1/24', 'connexion depuis 2a01:e0a:1f2:3b40::1', 'fe80::1ff:fe23:4567:890a%eth0', 'IP: 2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
  noMatch: ["le firmware n'est pas à jour (cible 17.9.4a pour les Catalyst, 2.4.1.17 pour les bornes)", 'Port | Équipement | Firmware\nGi1/0/14 | Borne | 2.4.1.9', '"cert_serial":"4E:7A:91:02:C3:55:18:0B"', '256.1.1.1', '1.2.3', '192.168.1.1.5', 'version 1.2.3.4', '{"id":"gw-ens-laffrey","fw":"3.1.4.2"}', '2001:db8:::1', 'à 10:30:45', '2001:db8:85a3:0:0:8a2e:370:7334:1', 'OID 1.2.250.1.213.1.4.8', 'Démarrage GED 10.4.2.1 (build 20260311)', 'agent 2.4.10.8, build 8c1e0f7', 'appliqué le correctif 7.1.0.3', 'module geoip2 10.4.2.1', 'APP_VERSION=3.14.2.1', "version minimale de l'agent : 4.2.1.7", 'Mozilla/5.0 (Windows NT 10.0) Chrome/131.0.0.0 Safari/537.36', 'FortiOS 7.0.15.2', 'Upgrade path: 10.2.0.17 → 10.3.1.9 → 10.4.2.18', 'version du connecteur 10.4.2.1', "Version de l'application 5.2.0.11", 'après la mise à jour du client VPN en 4.10.8.2', 'Client de signature électronique 4.2.1.7 requis', 'Poste : PC-0931 / LibreOffice 24.2.5.2 / profil itinérant', 'Rubriques IOTA : 3.2.5.0 (barrages), 3.1.2.0 et 3.1.4.0', '6 détendeurs neufs (réf. fournisseur 7.2.115.84)', 'Voir aussi la fiche technique n° 12.4.7.2', 'DATABASE_URL=postgres://portail_app:Qz7!vR2m#Lp9@10.20.3.15:5432/portail', "3.1.2 nombre d'accidents avec arrêt\n3.1.2.4 nombre de jours d'arrêt"],
};
