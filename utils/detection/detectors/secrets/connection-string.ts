import { defineSecret } from './_define-secret';
import { distinctChars, isPlaceholder, isVariableReference, shannonEntropy } from './_entropy';
import type { DetectorExamples } from '../../types';
import { testBefore, textBefore } from '../../text-window';

/**
 * Credentials inside connection strings:
 * - database and service URIs with a user and a password: `postgres://app:…@db:5432/x`,
 *   `mongodb+srv://…`, `redis://:…@cache`, `amqp://`, `ldap://`, `ftp://`, `smb://`, a camera's `rtsp://`…, also after `jdbc:`;
 * - JDBC / URI parameters: `jdbc:sqlserver://h;user=sa;password=…`, `jdbc:mysql://h/db?password=…`,
 *   Oracle thin `jdbc:oracle:thin:user/…@host`;
 * - ADO.NET / ODBC key-value strings: `Server=…;Database=…;User Id=…;Password=…;` (`Pwd=`, `{…}` values);
 * - Azure storage `AccountKey=…` and Service Bus / Event Hubs `SharedAccessKey=…`.
 * Span: the password or key only (the host and user stay readable in the masked prompt).
 * Check: the value is not a placeholder (`password`, `<password>`, `${DB_PASS}`, `****`) nor a
 * variable reference; Azure keys need 16+ distinct characters and 4+ bits of entropy per character.
 * A connection string without a password is not reported.
 * Source: https://www.connectionstrings.com/ and RFC 3986 §3.2.1 (userinfo); gitleaks' rules.
 * Examples are synthetic.
 */
const SCHEMES =
  'rtsps?|postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|ftps?|sftp|smb|ldaps?|smtps?|imaps?|pop3s?|neo4j(?:\\+s)?|bolt|couchdb|cassandra|clickhouse|nats|mqtts?|db2|cockroachdb|snowflake|elasticsearch';
// Every alternative starts with a literal; schemes and left boundaries are checked in `validate`
// (a leading look-behind or a long alternation of schemes would slow the scan down).
const ALTERNATIVES = [
  // 1, 2: scheme://user:password@host, matched from `://` (the scheme is checked in `validate`)
  String.raw`:\/\/([^\s:\/@]{0,128}):([^\s\/]{1,256})@[^\s\/@?#]{1,255}`,
  // 3, 4: Oracle thin driver, jdbc:oracle:thin:user/password@host
  String.raw`jdbc:oracle:thin:([^\s\/@:]{1,64})\/([^\s@]{1,128})@`,
  // 5: `Password=` / `Pwd=` key of a key-value string or parameter of a JDBC URL / URI; `validate`
  // checks that a connection string precedes it (a bare `password=` is password-assignment's).
  String.raw`(?:Password|Pwd)[ \t]*=[ \t]*(\{[^}\r\n]{1,128}\}|[^;&\s"']{1,128})`,
  // 6: Azure storage account key
  String.raw`AccountKey[ \t]*=[ \t]*([A-Za-z0-9+\/]{40,128}={0,2})`,
  // 7: Azure Service Bus / Event Hubs shared access key
  String.raw`SharedAccessKey[ \t]*=[ \t]*([A-Za-z0-9+\/]{20,128}={0,2})`,
];
// What must precede a `Password=` key on the same line (at most 512 characters back): a URI / JDBC
// prefix in the same word, or an ADO.NET / ODBC key such as `Server=…;` in one of the 13 previous
// `;`-separated segments. Plain string scans keep this linear on adversarial inputs.
const SCHEME_BEFORE = new RegExp(`(?:^|[^A-Za-z0-9+.-])(?:jdbc:)?(?:${SCHEMES})$`, 'iu');
const URI_WORD = new RegExp(`(?:^|[^A-Za-z0-9+.-])(?:jdbc:[a-z0-9]{1,20}:|(?:${SCHEMES}):\\/\\/)`, 'iu');
const JDBC = /jdbc:/iu;
const KV_KEY =
  /^[ \t"']*(?:Server|Data Source|Host|Address|Addr|Network Address|DSN|Driver|Provider|Database|Initial Catalog|User ID|UID|User|Username)[ \t]*=/iu;

const followsConnectionString = (text: string, start: number): boolean => {
  let before = textBefore(text, start, 512);
  const lineBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  if (lineBreak >= 0) before = before.slice(lineBreak + 1);
  const word = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1);
  if ((word.includes('://') || JDBC.test(word)) && URI_WORD.test(word)) return true;
  // `…;Key=value;` segments, walked back from the `;` that precedes the password key.
  let end = before.lastIndexOf(';');
  for (let seen = 0; end >= 0 && seen < 13; seen++) {
    const previous = before.lastIndexOf(';', end - 1);
    if (KV_KEY.test(before.slice(previous + 1, end))) return true;
    end = previous;
  }
  return false;
};

export default defineSecret({
  id: 'connection-string',
  pattern: new RegExp(ALTERNATIVES.join('|'), 'giu'),
  prefilter: ['://', 'jdbc', 'pass', 'pwd', 'key'],
  priority: 97,
  validate: (match, { groups, text, start: matchStart }) => {
    let secret: string | undefined;
    let start: number;
    const before = text.charAt(matchStart - 1);
    if (groups[2] !== undefined) {
      if (!testBefore(text, matchStart, SCHEME_BEFORE, 30)) return false;
      secret = groups[2];
      start = 3 + (groups[1]?.length ?? 0) + 1;
    } else if (groups[4] !== undefined) {
      if (/[A-Za-z0-9]/u.test(before)) return false;
      secret = groups[4];
      start = 'jdbc:oracle:thin:'.length + (groups[3]?.length ?? 0) + 1;
    } else {
      secret = groups[5] ?? groups[6] ?? groups[7];
      if (secret === undefined) return false;
      start = match.length - secret.length;
    }
    const bare = secret.replace(/^\{(.*)\}$/u, '$1').trim();
    if (bare.length < 3 || isPlaceholder(bare) || isVariableReference(bare)) return false;
    if (groups[5] !== undefined && (!(before === '' || /[;&?"'\s]/u.test(before)) || !followsConnectionString(text, matchStart))) return false;
    if (groups[6] !== undefined || groups[7] !== undefined) {
      if (distinctChars(bare) < 16 || shannonEntropy(bare) < 4) return false;
    }
    return { score: 0.95, start, end: start + secret.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'DATABASE_URL=postgres://app:Zx9!pq-Synth@db.interne.local:5432/ase',
    'mongodb+srv://svc:Pa55w0rd-Test@cluster0.exemple.test/prod?retryWrites=true',
    'Server=sql01;Database=RSA;User Id=sa;Password=Azerty123!;',
    'spring.datasource.url=jdbc:sqlserver://sql01:1433;databaseName=ged;user=svc;password=S3cr3t-Synth;',
    'DefaultEndpointsProtocol=https;AccountName=stvigie;AccountKey=' + 'Is1daVDELhF2Q18RjP/V2elpo+FIEf3Gvn7LJhmDri0fbxFaoGFUtKbba+ukavefTQ6KycjHvIdzfZxjXI9coQ==' + ';EndpointSuffix=core.windows.net',
    'redis://:Cache-Synth-2026@redis.interne.local:6379/0',
    'Flux de la caméra : rtsp://webcam:Faucon-Synth17@cam-ens.interne.local:554/live',
  ],
  noMatch: [
    'postgres://db.interne.local:5432/ase',
    'Server=sql01;Database=RSA;Integrated Security=SSPI;',
    'mysql://user@host/db',
    'postgres://user:password@localhost:5432/app',
    'mongodb://<user>:<password>@cluster0.exemple.test',
    'Server=sql01;Database=RSA;User Id=sa;Password=${SQL_PASSWORD};',
    'Password=Azerty123! (sans chaîne de connexion)',
  ],
};
