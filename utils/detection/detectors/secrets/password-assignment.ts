import { byFirstLetter } from '../../define-detector';
import { defineSecret } from './_define-secret';
import { foldName as fold } from '../../fold';
import { charClasses, distinctChars, isPlaceholder, isVariableReference, isWordLike, shannonEntropy, trimSentencePunctuation } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList, wordSet } from '../../word-list';
import { testBefore, textAfter, textBefore } from '../../text-window';

/**
 * Passwords written after a label, in French or English: `mot de passe : …`, `mdp VPN = …`,
 * `password=…`, `pwd: "…"`, `DB_PASSWORD=…`, `adminPassword: …`, `code d'accès : …`,
 * `le mot de passe est …`, `clé WPA : …`, `psk="…"`, credential pairs `identifiants : jdupont / …`,
 * `login/mdp : jdupont / …`, and command lines (`curl -u user:…`, `mysql -p…`, `ldapsearch -w …`,
 * `net use … /user:… …`, `net user … … /add`, `ConvertTo-SecureString "…"`). Up to five qualifier words may sit between
 * the label and the separator (`mot de passe du compte de service svc_ged est …`).
 * Span: the value only, never the label (narrowed in `validate`), so the mask keeps the sentence readable.
 * Check: at least 6 characters; not a placeholder (`********`, `xxx`, `<password>`, `${PASSWORD}`,
 * `votre mot de passe`, `changeme`…), not a variable reference (`os.environ[…]`, `DB_PASSWORD`),
 * not a file path, not a status word (`oublié`, `incorrect`, `requis`, `true`…); a plain word is only
 * accepted when it ends the line, has no accent, does not end like a French noun or verb and no
 * problem word (`réinitialisation`, `envoyé par SMS`…) precedes it, so prose such as
 * `mot de passe : changez-le à la première connexion` is not a value; after `est`/`is`, a tab or the
 * bare label `pass` the value needs a digit or a symbol; digits alone need 6–8 of them; otherwise two
 * character classes or 3+ bits of entropy per character (shared/reference/detectors.md §8.9).
 * Source: https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html and
 * gitleaks' generic rules. Examples are synthetic.
 */

// Labels that may take qualifier words (`mot de passe du compte admin :`). No left boundary, so code
// identifiers match too (`adminPassword`, `PGPASSWORD`, `DB_PASSWORD`); every alternative starts with a
// literal word and look-behinds only run after it, which keeps the scan fast on long texts.
const PASSWORD_WORDS = [
  String.raw`mots?[ \t-]+de[ \t-]+passe`,
  'mdp',
  String.raw`code[ \t]+(?:d'acc[eè]s|secret|confidentiel|wifi|wi-fi|wpa2?)`,
  String.raw`cl[ée][ \t]+(?:wpa2?|wifi|wi-fi|pr[ée]-?partag[ée]e|de[ \t]+s[ée]curit[ée][ \t]+(?:wifi|wi-fi|r[ée]seau))`,
  String.raw`pre-?shared[ \t]+key`,
  'passwords?',
  'passwd',
  'passphrase',
  'passcode',
];
// Short labels (`pass`, `pwd`, `DB_PASS`) only directly before `:`/`=`: `Pass Navigo : …` is not a password.
// `credential` too, as LDAP and SSO settings name a bind password (`"bindCredential": "…"`).
const SHORT_WORDS = ['pwd', 'pass', 'psk', 'pw', 'credentials?'];
// Credential pairs: `identifiants : jdupont / …`, or a password word preceded by `login/`, `user et`…
const PAIR_WORDS = [String.raw`mots?[ \t]+de[ \t]+passe`, 'mdp', 'passwords?', 'pwd', 'pass'];
const PAIR_WORD = PAIR_WORDS.join('|');
const PAIR_BEHIND = String.raw`(?<=(?:login|identifiant|utilisateur|user|username|compte|id)[ \t]{0,3}(?:\/|et|&)[ \t]{0,3}(?:${PAIR_WORD}))`;
// After `identifiant : jdupont /`, a password label starts a new assignment rather than being the value.
const NOT_A_LABEL = String.raw`(?!(?:${PAIR_WORD})(?![\p{L}\p{N}]))`;
// Up to eight words (`son mot de passe pour que je teste depuis mon poste :`), none ending a sentence.
const QUALIFIERS = String.raw`(?:[ \t]{1,3}[\p{L}\p{N}_()'.-]{0,23}[\p{L}\p{N}_()'-]){0,8}`;
// After `:` or `=`, the value may start the next line (`Mot de passe :` ↵ `…`, forms copied from a PDF).
// Without a separator, a quoted value (`Login failed for user 'jmartin' password 'Rodez2024!'`).
const SEPARATOR = String.raw`(?:[ \t]{0,5}(?::=|=>|->|=|:)(?:[ \t]{0,5}\n)?|[ \t]{1,5}(?:est|is|vaut|sera|était|c'est|c)(?:[ \t]+(?:toujours|encore|maintenant|désormais|actuellement))?(?=[ \t])|\t{1,3}|[ \t]{1,5}(?=["'\x60«]))[ \t]{0,5}`;
// Command lines that take a password: `curl -u user:…`, `mysql -p…`, `ldapsearch … -w …`,
// `sshpass -p …`, `net use … /user:DOM\\user …`, `net user … …`, `smbclient -U user%…`, `ConvertTo-SecureString "…"`.
const COMMANDS = [
  String.raw`curl[^\n]{0,300}?[ \t](?:-u|--user)[ \t]+[^\s:"']{1,64}:`,
  String.raw`mysql(?:dump|admin)?[^\n]{0,200}?[ \t]-p(?=[^\s-])`,
  String.raw`ldap[a-z]{0,12}[^\n]{0,300}?[ \t]-w[ \t]+`,
  String.raw`sshpass[ \t]+-p[ \t]*`,
  String.raw`docker[ \t]+login[^\n]{0,200}?[ \t](?:-p|--password)[ \t]+`,
  String.raw`net[ \t]+use[^\n]{0,200}?\/user:[^\s]{1,64}[ \t]+`,
  // `net user jdupont P@ss /add`: the password follows the account name (`*` asks for it, `/…` is an option).
  String.raw`net[ \t]+user[ \t]+[^\s\/]{1,64}[ \t]+(?=[^\s\/*])`,
  String.raw`smbclient[^\n]{0,200}?[ \t]-U[ \t]*[^\s%]{1,64}%`,
  String.raw`ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?=["'])`,
  // A Wi-Fi controller's configuration (`wpa-passphrase …`, no `=` or `:` before the key).
  String.raw`wpa-passphrase[ \t]+`,
];
// The value always ends the match (closing quotes are look-aheads), so its offset is length − value length.
const VALUE = String.raw`(?:"([^"\r\n]{1,128})(?=")|'([^'\r\n]{1,128})(?=')|\x60([^\x60\r\n]{1,128})(?=\x60)|«[ \t]?([^»\r\n]{1,128}?)(?=[ \t]?»)|([^\s"'\x60«»,;]{1,128}))`;

/**
 * Every way a label can start, in the order the alternatives are tried: credential pairs, password
 * words, short labels, commands. Each starts with a literal letter.
 */
const LABELS = [
  String.raw`identifiants?(?:[ \t]+de[ \t]+connexion)?${QUALIFIERS}[ \t]{0,5}[:=][ \t]{0,5}[^\s\/:]{1,64}[ \t]{0,3}\/[ \t]{0,3}${NOT_A_LABEL}`,
  ...PAIR_WORDS.map((word) => String.raw`${word}${PAIR_BEHIND}${QUALIFIERS}[ \t]{0,5}[:=][ \t]{0,5}[^\s\/:]{1,64}[ \t]{0,3}\/[ \t]{0,3}${NOT_A_LABEL}`),
  // The value is never another label (`le mot de passe de l'application (compte svc_paie : mot de passe …)`).
  ...PASSWORD_WORDS.map((word) => String.raw`${word}(?![\p{L}\p{N}])["'\]]{0,2}${QUALIFIERS}${SEPARATOR}(?!ConvertTo-SecureString)${NOT_A_LABEL}`),
  ...SHORT_WORDS.map((word) => String.raw`${word}(?![\p{L}\p{N}])["'\]]{0,2}[ \t]{0,5}(?::=|=>|=|:)[ \t]{0,5}(?!ConvertTo-SecureString)`),
  // No separator at all, as chats write it (`agt-sociale2 / mdp Rouergue#2025`, `mot de passe provisoire
  // Vx9-kTr4-Lm2q`), and as network equipment's configurations do (`enable secret 0 …`, `password 7 …`,
  // `snmp-server community …`, `key 7 …`): the value follows the label at once and holds a letter and a
  // digit (three kinds of characters: see \`validate\`).
  ...['mdp', String.raw`mots?[ \t]+de[ \t]+passe`, String.raw`codes?[ \t]+de[ \t]+(?:r[ée]cup[ée]ration|secours)`, String.raw`password(?:[ \t]+(?:[05789]|clear))?`, String.raw`secret[ \t]+[05789]`, 'community', String.raw`key[ \t]+7`].map((word) => String.raw`${word}(?:[ \t]+(?:provisoire|temporaire))?(?![\p{L}\p{N}])[ \t]{1,3}(?=[^\s]*\d)(?=[^\s]*\p{L})`),
  // A personal code of 6 to 8 digits, a few words after its label (`code perso 402187`, `code confidentiel à 8 chiffres 59320417`).
  String.raw`code[ \t]+(?:perso|personnel|confidentiel)(?![\p{L}\p{N}])(?:[ \t]+[^\s]{1,12}){0,3}?[ \t]{1,3}(?=\d{6,8}(?![\p{L}\p{N}]))`,
  ...COMMANDS,
];

// Regrouped by first letter (see byFirstLetter): the scan runs about 20% faster.
const PATTERN = new RegExp(`(?:${byFirstLetter(LABELS)})${VALUE}`, 'giu');

// Status words written after a password label in tickets and forms (folded: lower case, no accents).
const STATUS_WORDS = wordSet(
  'oublie oubliee oublies perdu perdue incorrect incorrecte invalide errone erronee expire expiree bloque bloquee',
  'verrouille requis obligatoire facultatif modifie modifiee change changee reinitialise reinitialisee reinitialiser',
  'renouveler changer modifier saisir entrer definir identique inchange aucun aucune vide masque cache envoye',
  'envoyee transmis temporaire provisoire personnel confidentiel securise fort faible nouveau nouvel ancien actuel',
  'habituel defaut standard generique unique valide necessaire demande suivant ci-dessous ci-dessus dessous chiffre',
  'hache required optional expired hidden masked reset forgot forgotten changed unchanged updated missing wrong same',
  'below above strong weak encrypted hashed enabled disabled active inactive actif inactif protected protege policy',
  'politique',
);
const PROBLEM_WORDS = /(?:oubli|perdu|perte|incorrect|invalid|errone|expir|bloqu|blocage|verrouill|reinitialis|renouvel|chang|modif|forgot|reset|wrong|envoy|transmi|recu|sms|mail|courriel|telephone|procedure|politique|regle|consigne)/u;
const PROSE_ENDING = /(?:tion|sion|ment|ure|ence|ance|ite|eur|ique|age|isme|ible|able|ee|ees|es|er|ez|ir)$/u;
const FILE_PATH = /^(?:\/[^\s\/]+\/|~\/|[A-Za-z]:\\|\.{1,2}\/|\\\\)/u;
const NON_ASCII = /[^\u0000-\u007f]/u;
const YAML_TAG = /^!(?:vault|ref|sub|secret|env|include|getatt|join|base64|importvalue|select|split|findinmap|if|equals|not|and|or|condition)\b/iu;

/** A user name's label just before the value: the value is the user, not the password. */
const USER_LABEL_END = /(?:user|utilisateur|username|login|account|compte)[ \t]*["'\x60«]?[ \t]*$/;

/** Another field's label (` - Site :`) or a new sentence between the keyword and the value. */
const OTHER_FIELD_OR_SENTENCE = / [-–—] \p{Lu}[\p{L}]* ?[:=][ \t]*$|[.!?] \p{Lu}/u;

export default defineSecret({
  id: 'password-assignment',
  pattern: PATTERN,
  prefilter: phraseList(
    'pass|mdp|pw|code|identifiant|wpa|wifi|wi-fi|securite|psk|curl|mysql|ldap|net use|net user|smbclient',
    'securestring|partag|shared|docker|credential|secret|community|key',
  ),
  baseScore: 0.9,
  priority: 96,
  validate: (match, context) => {
    // The value is the last group that took part in the match; the very last group is the unquoted form.
    let value: string | undefined;
    let group = context.groups.length - 1;
    for (; group > 0 && value === undefined; group--) value = context.groups[group];
    if (value === undefined) return false;
    const valueStart = match.length - value.length;
    if (group + 1 === context.groups.length - 1) value = value.slice(0, trimSentencePunctuation(value, context.text.charAt(context.end)));
    const valueEnd = valueStart + value.length;
    const trimmed = value.trim();
    if (trimmed.length < 6) return false;
    if (isPlaceholder(trimmed) || isVariableReference(trimmed) || YAML_TAG.test(trimmed) || FILE_PATH.test(trimmed) || trimmed.includes('://')) return false;
    const folded = fold(trimmed);
    if (STATUS_WORDS.has(folded.replace(/[.!?:]+$/u, ''))) return false;
    const label = fold(match.slice(0, valueStart));
    // The quoted value is the account's name (`password authentication failed for user "etl_rsa"`),
    // or, on the line after an empty setting, the next setting (`DB_PASSWORD=` ↵ `API_KEY=<à renseigner>`).
    if (USER_LABEL_END.test(label)) return false;
    if (label.includes('\n') && /^[A-Za-z_][\w.-]*[ \t]*[=:]/.test(trimmed)) return false;
    // Another field of the same line after a dash (`Catégorie : Comptes / mots de passe — Priorité : moyenne`),
    // or another sentence (`jamais de mot de passe par mail. Exemple interdit : « … »`).
    if (OTHER_FIELD_OR_SENTENCE.test(match.slice(0, valueStart))) return false;
    // A value built from a variable (`password=${LDAP_BIND_PW}`, `$(cat secret)`) holds no secret itself.
    if (/\$\{[^}]*\}|\$\([^)]*\)/.test(trimmed)) return false;
    // A sample on a training slide (`Exemple de mot de passe : Trois-Chats-Dansent…`).
    if (testBefore(context.folded, context.start, /exemples? (?:de |d')$/, 12)) return false;
    const classes = charClasses(trimmed);
    // After `est`/`is` or a tab (a table cell), or after the bare label `pass`, a value needs a digit or a symbol.
    const weakSeparator = !/[:=>]/u.test(label);
    const bareShortLabel = /^pass["'\]]{0,2}[ \t]*(?::=|=>|=|:)/u.test(label) && !/[A-Za-z0-9_.-]/u.test(context.text.charAt(context.start - 1));
    if ((weakSeparator || bareShortLabel) && !classes.digit && !classes.symbol) return false;
    // Right after the label, with no word between (`mdp Rouergue#2025`): `mdp windows10` is no secret.
    if (/^(?:mdp|mots? de passe|password|secret|community|key)(?: provisoire| temporaire| [05789]| clear)? {1,3}$/u.test(label.replace(/\t/g, ' ')) && classes.count < 3) return false;
    const plainDigits = /^\d+$/u.test(trimmed);
    const wordLike = isWordLike(trimmed);
    if (wordLike || plainDigits) {
      // Tickets about a password problem: `Réinitialisation du mot de passe : procédure`, `MDP envoyé par SMS : 06…`.
      const lead = textBefore(context.folded, context.start, 40) + label;
      if (PROBLEM_WORDS.test(lead)) return false;
    }
    if (wordLike) {
      // A plain word is a (weak) password only when it ends the line or the sentence, carries no accent
      // (French prose does, passwords rarely) and does not end like a French noun or verb.
      if (NON_ASCII.test(trimmed) || PROSE_ENDING.test(folded)) return false;
      const after = textAfter(context.text, valueEnd + context.start, 3);
      if (/^[ \t]+[\p{L}\p{N}«"'(]/u.test(after)) return false;
      return { score: 0.7, start: valueStart, end: valueEnd };
    }
    // Numeric codes: 6 to 8 digits (longer runs are phone or file numbers).
    if (plainDigits) return trimmed.length <= 8 && distinctChars(trimmed) >= 3 ? { score: 0.8, start: valueStart, end: valueEnd } : false;
    if (classes.count < 2 && shannonEntropy(trimmed) < 3) return false;
    return { score: 0.9, start: valueStart, end: valueEnd };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'hostname RT-AGEN-01\n!\nenable secret 0 Tdj8YlPY7An9bhTQV7uo4SsO\n!',
    'snmp-server community Mds3st!ro2025 RO',
    // Base64's padding `=` ends the value; it is no blank field (see isPlaceholder).
    'mdp encodé en base64 : VnE3I21SdDIhTHA5ekQ=',
    'ap-ssid "COLLEGE-PEDAGO"\n   opmode wpa2-aes\n   wpa-passphrase Salle#Info2026!',
    'bind_pw = Gx7#pQ2v!Lm9w',
    '"bindCredential": "Kc!Ldap-2026#Rz",',
    "Elle m'a donné son mot de passe pour que je teste depuis mon poste : Volcan#Riom2025 (je sais…)",
    "le mot de passe de l'application de paie (compte de service svc_paie : mot de passe Paie!Sept2025#)",
    'compte déjà créé : ext_evalscope, mdp provisoire Tz4!pQ9wLs (à changer)',
    "Login failed for user 'jmartin' password 'Rodez2024!'",
    'mot de passe : Soleil2024!',
    'net user svc_backup Zx9pqSynth42 /add /domain',
    'Mot de passe :\nSoleil2024!',
    'code wifi : Xk9#mP2vQ',
    'password=Hunter2-Prod',
    'mdp: jD8!kq2Lz',
    'pwd = "Tr0ub4dor&3"',
    'Identifiants : jdupont / Vigie-2026!',
    'login/mdp : jdupont / Printemps#26',
    'Le mot de passe du compte admin est Azerty123!',
    "pour la boîte accueil le mot de passe c'est toujours Accueil_MDS!2024, ne le changez pas",
    'code de récupération R7KQ-2MXD-9PLA refusé',
    'DB_PASSWORD=s3cr3t-Synth3tic',
    'Identifiant : jdupont / Mot de passe : Soleil2024!',
    'mdp : azerty',
    'le générique, agt-sociale2 / mdp Rouergue#2025',
    'nouvelle boîte, mot de passe provisoire Vx9-kTr4-Lm2q (à changer)',
    'banque : n° client 8841276530 code perso 402187',
    'curl -u admin:Adm1n-Synth! https://nas.interne/api/status',
    'mysql -u root -pR00t-Synth-26 ged_prod',
    'Le mot de passe du compte de service svc_ged est « Ged#Synth-2026 », merci de le changer.',
    'Wifi invités : clé WPA : Vigie-Wifi-2026',
    '$password = ConvertTo-SecureString "P@ssw0rd-Synth26" -AsPlainText -Force',
    '$Pass = ConvertTo-SecureString "Rouergue!2026#bk" -AsPlainText -Force',
    '{"username": "svc-ged", "adminPassword": "Zx9!pq-Synth"}',
    'docker login -u ci-bot -p Ci-B0t!Synth7 $DOCKER_REGISTRY',
    '- Clé pré-partagée : qEpF8XxSynth5ECkMLhlrSlRyPI7y1a',
  ],
  noMatch: [
    'Reset your password 2FA first, then the SNMP community.',
    // The element's text is the password (password-in-prose reads it), not the type.
    '<wsse:Username>svc_caf</wsse:Username>\n<wsse:Password Type="#PasswordDigest">',
    "Donner le code d'accès de l'immeuble (champ « Code accès : ______ ») au CTA",
    "Une phrase de passe, c'est long. Exemple de mot de passe : Trois-Chats-Dansent-Sous-La-Pluie! (fictif)",
    'New-ADUser -AccountPassword (Read-Host -AsSecureString "Mot de passe initial") -Enabled $true',
    '$smtpPass = $env:SMTP_PASSWORD   # variable d\'environnement du serveur',
    'mdp windows10 expiré',
    '"credentials": {',
    'Ticket n° 48213 — Catégorie : Comptes / mots de passe — Priorité : moyenne',
    'net user jdupont /domain',
    'mot de passe : ********',
    'password=${DB_PASSWORD}',
    'mot de passe oublié',
    'password: <votre mot de passe>',
    'Mot de passe : changez-le à la première connexion.',
    'Le mot de passe est incorrect',
    'password: xxxxxxxx',
    'mdp : votre_mot_de_passe',
    'password = os.environ["DB_PASSWORD"]',
    'Failed password for invalid user admin from 10.0.0.1 port 22 ssh2',
    'Pass Navigo : 12345678',
    'MDP envoyé par SMS : 0612345678',
    'Réinitialisation du mot de passe : procédure',
    'Identifiant\tMot de passe\tService',
    'export PWD=/home/agent/projets',
    'FATAL: password authentication failed for user "etl_rsa"',
    'DB_PASSWORD=\nAPI_KEY=<à renseigner>',
  ],
};
