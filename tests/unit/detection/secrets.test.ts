import { describe, expect, it } from 'vitest';
import { base62CrcTokenIsValid, crc32, toBase62 } from '@/utils/detection/checksums/crc32';
import { scan } from '@/utils/detection/engine';
import { DETECTORS } from '@/utils/detection/registry';
import secrets from '@/utils/detection/detectors/secrets';
import { charClasses, isPlaceholder, isVariableReference, shannonEntropy, trimSentencePunctuation } from '@/utils/detection/detectors/secrets/_entropy';
import { decodeBase64Url } from '@/utils/detection/detectors/secrets/jwt';
import type { Finding } from '@/utils/detection/types';

// Every value below is synthetic. Token-shaped values are built by concatenation so that no complete
// token-looking literal sits in the source (push-protection scanners would flag it).

const byId = (id: string) => {
  const detector = secrets.find((candidate) => candidate.id === id);
  if (!detector) throw new Error(`unknown detector ${id}`);
  return detector;
};
const slices = (text: string, findings: readonly Finding[]) => findings.map((finding) => text.slice(finding.start, finding.end));
const scanSecrets = (text: string) => scan(text, { detectors: secrets });

const GITHUB_BODY = 'Vigie0Synthetic0Token0Sample01';
const GITHUB_TOKEN = 'ghp_' + GITHUB_BODY + '1Rhzzk';
const JWT_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'; // {"alg":"HS256","typ":"JWT"}
const JWT_PAYLOAD = 'eyJyb2xlIjoibGVjdGV1ciIsImV4cCI6MTg5MzQ1NjAwMH0'; // {"role":"lecteur","exp":1893456000}
const JWT_SIGNATURE = 'dmlnaWUtc3ludGhldGljLXNpZ25hdHVyZS0wMDAx';

describe('crc32 and the GitHub token checksum', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  it('writes base 62 with the 0-9A-Za-z alphabet, left-padded', () => {
    expect(toBase62(0, 6)).toBe('000000');
    expect(toBase62(61)).toBe('z');
    expect(toBase62(62)).toBe('10');
    expect(toBase62(0xffffffff, 6)).toBe('4gfFC3');
  });

  it('accepts a token whose last six characters are the base-62 CRC-32 of the 30 before', () => {
    expect(toBase62(crc32(GITHUB_BODY), 6)).toBe('1Rhzzk');
    expect(base62CrcTokenIsValid(GITHUB_TOKEN)).toBe(true);
    expect(base62CrcTokenIsValid(GITHUB_TOKEN.slice(0, -1) + 'l')).toBe(false);
    expect(base62CrcTokenIsValid(GITHUB_TOKEN.slice(0, -1))).toBe(false);
    expect(base62CrcTokenIsValid('ghp_' + '-'.repeat(36))).toBe(false);
  });

  it('reports every classic GitHub prefix when the checksum holds', () => {
    for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']) {
      const text = `token ${prefix}${GITHUB_BODY}1Rhzzk fin`;
      expect(slices(text, scan(text, { detectors: [byId('github-token')] }))).toEqual([prefix + GITHUB_BODY + '1Rhzzk']);
    }
  });
});

describe('shared secret checks', () => {
  it('measures Shannon entropy in bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
    expect(shannonEntropy('abcd')).toBe(2);
  });

  it('counts character classes, accented letters included', () => {
    expect(charClasses('Soleil2024!')).toMatchObject({ lower: true, upper: true, digit: true, symbol: true, count: 4 });
    expect(charClasses('été')).toMatchObject({ lower: true, upper: false, count: 1 });
  });

  it.each([
    '********', 'xxxxxxxx', 'XXXXXXXXXXXX', '••••••', '<password>', '<votre mot de passe>', '${DB_PASSWORD}', '{{ vault_password }}',
    '%DB_PASS%', '$DB_PASS', 'changeme', 'CHANGE_ME', 'your_api_key_here', 'votre_mot_de_passe', 'REPLACE_ME', '****1234', 'null', 'true',
    'AKIA…EXAMPLE', '...',
  ])('treats %s as a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(['Soleil2024!', 'Tr0ub4dor&3', 'a8F3kq9XzP2mL7vB1cD4', 'Monkey2024!', '$2y$10$abcdefghijk'])('keeps %s as a possible secret', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  it('recognises references to variables', () => {
    for (const value of ['process.env.API_KEY', 'os.environ[', 'config.db.password', 'DB_PASSWORD', 'getenv(']) expect(isVariableReference(value), value).toBe(true);
    for (const value of ['Soleil2024!', 'a8F3kq9XzP2mL7vB1cD4', 'ABC_123_XYZ']) expect(isVariableReference(value), value).toBe(false);
  });

  it('drops the punctuation that ends a sentence after an unquoted value', () => {
    expect(trimSentencePunctuation('T3st-Vpn#2025.', ' ')).toBe(13);
    expect(trimSentencePunctuation('T3st-Vpn#2025.', '')).toBe(13);
    expect(trimSentencePunctuation('T3st-Vpn#2025!', ' ')).toBe(14);
    expect(trimSentencePunctuation('abc.def', 'x')).toBe(7);
  });
});

describe('placeholders and near misses are not secrets', () => {
  it.each([
    ['password-assignment', 'mot de passe : ********'],
    ['password-assignment', 'password: xxxxxxxx'],
    ['password-assignment', 'password: <password>'],
    ['password-assignment', 'password: <votre mot de passe>'],
    ['password-assignment', 'mot de passe : votre mot de passe'],
    ['password-assignment', 'password=${PASSWORD}'],
    ['password-assignment', 'password: "{{ vault_db_password }}"'],
    ['password-assignment', 'password: !vault |'],
    ['password-assignment', '"password": null,'],
    ['password-assignment', '"password": "",'],
    ['password-assignment', 'password = os.environ["DB_PASSWORD"]'],
    ['password-assignment', 'Mot de passe : Réinitialisation'],
    ['password-assignment', 'Mot de passe : identique à celui de la messagerie'],
    ['password-assignment', 'Le mot de passe est incorrect'],
    ['password-assignment', 'Le mot de passe doit contenir au moins 12 caractères.'],
    ['password-assignment', 'Identifiant : prénom.nom / Mot de passe : celui de Windows'],
    ['password-assignment', 'Pass Culture : 300 euros pour les jeunes'],
    ['password-assignment', 'PWD=/home/agent'],
    ['password-assignment', 'sshd[1234]: Failed password for root from 203.0.113.5 port 22 ssh2'],
    ['password-assignment', "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"],
    ['generic-api-key', 'token: true'],
    ['generic-api-key', 'max_tokens: 4096'],
    ['generic-api-key', 'token_type: "Bearer"'],
    ['generic-api-key', 'api_key = "YOUR_API_KEY_HERE"'],
    ['generic-api-key', 'API_TOKEN=${API_TOKEN}'],
    ['generic-api-key', 'apiKey: process.env.API_KEY'],
    ['generic-api-key', 'secret: my-secret-name'],
    ['generic-api-key', 'secretName: tls-cert-2026'],
    ['generic-api-key', 'Authorization: Bearer <token>'],
    ['generic-api-key', 'curl -H "Authorization: Bearer ${API_TOKEN}" https://api.exemple.test'],
    ['generic-api-key', 'Clé API : à demander au SI'],
    ['url-secret', 'https://exemple.test/reset?token=***'],
    ['url-secret', 'https://exemple.test/reset?token={token}'],
    ['url-secret', 'https://exemple.test/reset?token=%7Btoken%7D'],
    ['url-secret', 'https://exemple.test/reset?token=<token>'],
    ['url-secret', 'https://www.departement.example/aides?code=75001&page=2'],
    ['url-secret', 'https://user:password@exemple.test/'],
    ['connection-string', 'postgres://user:password@localhost:5432/app'],
    ['connection-string', 'mongodb://<user>:<password>@cluster0.exemple.test'],
    ['connection-string', 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app'],
    ['connection-string', 'Server=sql01;Database=RSA;Trusted_Connection=True;'],
    ['aws-access-key', 'AKIAIOSFODNN7EXAMPLE'],
    ['aws-access-key', 'AKIA' + 'X'.repeat(16)],
    ['aws-access-key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['github-token', 'ghp_' + 'x'.repeat(36)],
    ['gitlab-token', 'glpat-' + 'x'.repeat(20)],
    ['slack-token', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    ['google-api-key', 'AIza' + 'X'.repeat(35)],
    ['openai-key', 'sk-proj-' + 'x'.repeat(80)],
    ['anthropic-key', 'sk-ant-api03-' + 'x'.repeat(93) + 'AA'],
    ['huggingface-token', 'hf_' + 'x'.repeat(34)],
    ['stripe-key', 'sk_test_' + 'x'.repeat(24)],
    ['mistral-key', 'MISTRAL_API_KEY=' + 'x'.repeat(32)],
    ['private-key', 'Ne collez jamais une ligne BEGIN PRIVATE KEY dans un ticket.'],
  ])('%s ignores %j', (id, text) => {
    expect(scan(text, { detectors: [byId(id)] })).toEqual([]);
  });
});

describe('real-looking configuration snippets are reported', () => {
  it.each([
    ['.env file', 'APP_ENV=prod\nSMTP_HOST=smtp.interne\nSMTP_PASSWORD=Mx9$kLp2Synth\n', 'password-assignment', 'Mx9$kLp2Synth'],
    ['docker-compose', 'services:\n  db:\n    environment:\n      POSTGRES_USER: ged\n      POSTGRES_PASSWORD: "Gd!2026-synth"\n', 'password-assignment', 'Gd!2026-synth'],
    ['Spring properties', 'spring.datasource.url=jdbc:postgresql://db01:5432/ged\nspring.datasource.password=Pg-Synth-2026!', 'password-assignment', 'Pg-Synth-2026!'],
    ['PHP array', "$config['db_password'] = 'Zq8!xPw3-synth';", 'password-assignment', 'Zq8!xPw3-synth'],
    ['Python call', 'conn = psycopg2.connect(host="db01", user="ged", password="Vk2#pL9q-synth")', 'password-assignment', 'Vk2#pL9q-synth'],
    ['PowerShell', '$password = ConvertTo-SecureString "P@ssw0rd-Synth26" -AsPlainText -Force', 'password-assignment', 'P@ssw0rd-Synth26'],
    ['curl basic auth', 'curl -u admin:Adm1n-Synth! https://nas.interne/api/status', 'password-assignment', 'Adm1n-Synth!'],
    ['mysql command', 'mysql -u root -pR00t-Synth-26 ged_prod', 'password-assignment', 'R00t-Synth-26'],
    ['ldapsearch', 'ldapsearch -x -H ldaps://ad.interne -D "cn=svc,dc=dept,dc=fr" -w Ldap#Synth26 -b "dc=dept,dc=fr"', 'password-assignment', 'Ldap#Synth26'],
    ['net use', 'net use Z: \\\\srv-fichiers\\partage /user:DEPT\\jdupont Soleil2024!', 'password-assignment', 'Soleil2024!'],
    ['French ticket', "Bonjour, l'agent n'arrive pas à se connecter. Ses identifiants : mdurand / Printemps2026!", 'password-assignment', 'Printemps2026!'],
    ['French ticket, sentence end', 'Compte de test : identifiant svc_vpn, mdp : T3st-Vpn#2025. Le concentrateur est joignable.', 'password-assignment', 'T3st-Vpn#2025'],
    ['wifi', 'Wifi invités, SSID : DEPT-GUEST, clé WPA : Vigie-Wifi-2026', 'password-assignment', 'Vigie-Wifi-2026'],
    ['ADO.NET', '{"ConnectionStrings": {"Default": "Server=sql01;Database=Social;User Id=app_social;Password=Q7#vLm2!synth;TrustServerCertificate=True"}}', 'connection-string', 'Q7#vLm2!synth'],
    ['database URL', 'DATABASE_URL=postgres://app:Zx9!pq-Synth@db.interne.local:5432/ase', 'connection-string', 'Zx9!pq-Synth'],
    ['password with @', 'mongodb://svc:P@ss-Synth26@mongo01.interne:27017/ged', 'connection-string', 'P@ss-Synth26'],
    ['JDBC parameter', 'jdbc:sqlserver://sql01:1433;databaseName=ged;user=svc;password=S3cr3t-Synth;', 'connection-string', 'S3cr3t-Synth'],
    ['Oracle thin', 'jdbc:oracle:thin:ged/Or4cle-Synth@db-ora:1521:GED', 'connection-string', 'Or4cle-Synth'],
    ['mail DSN', 'MAILER_DSN=smtp://notif:N0tif-Synth26@smtp.interne:587', 'connection-string', 'N0tif-Synth26'],
    ['Kubernetes secret', 'kind: Secret\ndata:\n  api-key: ' + 'c3ludGhldGljLXZpZ2llLWFwaS1rZXktMDE=', 'generic-api-key', 'c3ludGhldGljLXZpZ2llLWFwaS1rZXktMDE='],
    ['curl bearer', 'curl -H "Authorization: Bearer ' + '8a7f6e5d4c3b2a1908f7e6d5c4b3a291' + '" https://api.exemple.test/v2/usagers', 'generic-api-key', '8a7f6e5d4c3b2a1908f7e6d5c4b3a291'],
    ['OAuth response', '{"access_token":"' + 'q8Lr2ZxW0bN5mT7yK3vC9hJ4dF6sA1pG' + '","token_type":"Bearer","expires_in":3600}', 'generic-api-key', 'q8Lr2ZxW0bN5mT7yK3vC9hJ4dF6sA1pG'],
    ['French API key', 'Clé API : ' + '7Hk2pQ9zLm4XvB8r', 'generic-api-key', '7Hk2pQ9zLm4XvB8r'],
    ['reset link', 'Lien reçu : https://exemple.test/reset?token=' + '8f3kq9XzP2mL7vB1' + '.', 'url-secret', '8f3kq9XzP2mL7vB1'],
    ['Grafana URL', 'https://admin:' + 'S3cr3t-Synth' + '@grafana.interne/d/abc', 'url-secret', 'S3cr3t-Synth'],
    ['GitHub Actions', 'env:\n  GH_TOKEN: ' + GITHUB_TOKEN, 'github-token', GITHUB_TOKEN],
    ['AWS credentials file', '[default]\naws_access_key_id = ' + 'AKIA' + 'VIGIE2SYNTHETIC7' + '\naws_secret_access_key = ' + 'Vigie/Synthetic+Secret0Value1For2Tests3x', 'aws-access-key', 'Vigie/Synthetic+Secret0Value1For2Tests3x'],
  ])('%s', (_name, text, id, secret) => {
    const found = scanSecrets(text);
    expect(found.map((finding) => finding.detector)).toContain(id);
    expect(slices(text, found)).toContain(secret);
  });

  it('reports each secret of a multi-line paste once', () => {
    const text = [
      'AWS_ACCESS_KEY_ID=' + 'AKIA' + 'VIGIE2SYNTHETIC7',
      'GITHUB_TOKEN=' + GITHUB_TOKEN,
      'DB_PASSWORD=Xr7!pLq2vK9m',
      'JWT=' + JWT_HEADER + '.' + JWT_PAYLOAD + '.' + JWT_SIGNATURE,
    ].join('\n');
    expect(scanSecrets(text).map((finding) => finding.detector)).toEqual(['aws-access-key', 'github-token', 'password-assignment', 'jwt']);
  });
});

describe('spans', () => {
  it.each([
    ['mot de passe : Soleil2024!', 'Soleil2024!'],
    ['Mot de passe du compte admin : Azerty123!', 'Azerty123!'],
    ['Le mot de passe est Azerty123!', 'Azerty123!'],
    ['mdp=Hunter2-Prod', 'Hunter2-Prod'],
    ['password: "Tr0ub4dor&3"', 'Tr0ub4dor&3'],
    ["pwd = 'Tr0ub4dor&3'", 'Tr0ub4dor&3'],
    ['mot de passe : « Soleil 2024 ! »', 'Soleil 2024 !'],
    ['"adminPassword": "Zx9!pq-Synth"', 'Zx9!pq-Synth'],
    ['login/mdp : jdupont / Printemps#26', 'Printemps#26'],
    ['Identifiant : jdupont / Mot de passe : Soleil2024!', 'Soleil2024!'],
  ])('keeps the password label out of the span in %j', (text, secret) => {
    expect(slices(text, scan(text, { detectors: [byId('password-assignment')] }))).toEqual([secret]);
  });

  it('reports the value of a keyword assignment, not the keyword', () => {
    const text = 'STRIPE_SECRET_KEY="Vg7kQ2xZp9LmN4rT8sW1yB3c";';
    expect(slices(text, scan(text, { detectors: [byId('generic-api-key')] }))).toEqual(['Vg7kQ2xZp9LmN4rT8sW1yB3c']);
  });

  it('covers every secret parameter of a link, from the first value to the last', () => {
    const text = 'https://b.s3.amazonaws.com/f.pdf?X-Amz-Credential=' + 'AKIA' + 'VIGIE2SYNTHETIC7' + '%2F20260101&X-Amz-Date=20260101T000000Z&X-Amz-Signature=3a9f0c7d1e2b4a6c8d0e5f7a';
    const [finding] = scan(text, { detectors: [byId('url-secret')] });
    expect(text.slice(finding.start, finding.end)).toMatch(/^AKIA.*3a9f0c7d1e2b4a6c8d0e5f7a$/u);
  });

  it('spans a whole private key block, and the header plus base64 lines of a truncated one', () => {
    const block = '-----BEGIN RSA ' + 'PRIVATE KEY-----\nMIIEowIBAAKCAQEAx7Qp3sYbT0kq9dXm2Lw8VnZ\nc3ludGhldGljLXZpZ2ll\n-----END RSA PRIVATE KEY-----';
    const text = `Voici la clé :\n${block}\nMerci.`;
    expect(slices(text, scan(text, { detectors: [byId('private-key')] }))).toEqual([block]);

    const truncated = '-----BEGIN OPENSSH ' + 'PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nc3ludGhldGljLXZpZ2ll';
    expect(slices(truncated, scan(`${truncated}\n`, { detectors: [byId('private-key')] }))).toEqual([truncated]);

    const encrypted = '-----BEGIN RSA ' + 'PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9\n\nc3ludGhldGljLXZpZ2ll\n-----END RSA PRIVATE KEY-----';
    expect(slices(encrypted, scan(encrypted, { detectors: [byId('private-key')] }))).toEqual([encrypted]);
  });

  it('reports the password of a connection string, not the host', () => {
    const text = 'postgres://app:Zx9!pq-Synth@db.interne.local:5432/ase';
    expect(slices(text, scan(text, { detectors: [byId('connection-string')] }))).toEqual(['Zx9!pq-Synth']);
  });
});

describe('JSON Web Tokens', () => {
  const jwt = byId('jwt');

  it('decodes base64url without padding', () => {
    expect(decodeBase64Url(JWT_HEADER)).toBe('{"alg":"HS256","typ":"JWT"}');
    expect(decodeBase64Url('YQ')).toBe('a');
    expect(decodeBase64Url('a')).toBeNull();
    expect(decodeBase64Url('ab$c')).toBeNull();
  });

  it('reports a token whose header is a JSON object with an alg', () => {
    const text = `Authorization: Bearer ${JWT_HEADER}.${JWT_PAYLOAD}.${JWT_SIGNATURE}`;
    expect(slices(text, scan(text, { detectors: [jwt] }))).toEqual([`${JWT_HEADER}.${JWT_PAYLOAD}.${JWT_SIGNATURE}`]);
  });

  it('reports an unsigned token (alg none) too', () => {
    expect(scan('eyJhbGciOiJub25lIn0.' + JWT_PAYLOAD + '.', { detectors: [jwt] })).toHaveLength(1);
  });

  it.each([
    ['a header that is not JSON', 'eyJub3Rqc29uIjoxLCJ4'],
    ['a header without alg', 'eyJ0eXAiOiJKV1QiLCJraWQiOiJrMSJ9'],
    ['a header whose alg is not a string', 'eyJhbGciOjEsInR5cCI6IkpXVCJ9'],
  ])('rejects %s', (_case, header) => {
    expect(scan(`${header}.${JWT_PAYLOAD}.${JWT_SIGNATURE}`, { detectors: [jwt] })).toEqual([]);
  });

  it('rejects a payload that is not JSON', () => {
    expect(scan(`${JWT_HEADER}.eyJub3Rqc29uIjoxLCJ4.${JWT_SIGNATURE}`, { detectors: [jwt] })).toEqual([]);
  });
});

describe('with every detector', () => {
  it('lets the secret win over an e-mail address inside a link with credentials', () => {
    const text = 'ftp impossible avec https://agent:S3cr3tPass@depot.exemple.test/partage/';
    const found = scan(text, { detectors: DETECTORS });
    expect(found.map((finding) => finding.type)).toContain('SECRET');
    expect(found.filter((finding) => finding.type === 'EMAIL')).toEqual([]);
  });

  it('reports every built-in secret detector as critical, with priority 95 to 100', () => {
    for (const detector of secrets) {
      expect(detector.type, detector.id).toBe('SECRET');
      expect(detector.severity, detector.id).toBe('critical');
      expect(detector.priority, detector.id).toBeGreaterThanOrEqual(95);
      expect(detector.priority, detector.id).toBeLessThanOrEqual(100);
    }
  });

  it.each([
    'Le mot de passe doit contenir au moins 12 caractères et être changé tous les 90 jours.',
    'Merci de ne jamais communiquer votre mot de passe : la DSI ne le demande jamais.',
    'Le jeton d\'accès expire au bout de 3600 secondes, la clé API est dans le coffre.',
    'Voir le ticket INC-20260412 : mot de passe bloqué après trois essais.',
    'https://intranet.exemple.test/login?redirect=/dossiers&lang=fr',
    'La clé publique : ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl agent@pc',
    'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  ])('finds no secret in the clean prompt %j', (text) => {
    expect(scan(text, { detectors: DETECTORS }).filter((finding) => finding.type === 'SECRET')).toEqual([]);
  });
});

describe('adversarial inputs', () => {
  const N = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  // The target is 50 ms per input on a developer machine; the bound here is loose so that a busy CI
  // runner does not fail, while a catastrophic backtrack (seconds) still does.
  const LIMIT_MS = 400;

  it.each([
    ['digits', fill('0123456789')], ['@', fill('@')], ['spaces', fill(' ')], ['[', fill('[')], ['a', fill('a')], ['eyJ', fill('eyJ')],
    ['=', fill('=')], [':', fill(':')], ['a.', fill('a.')], ['-', fill('-')],
    ['BEGIN headers', fill('-----BEGIN PRIVATE KEY-----')], ['BEGIN + body', '-----BEGIN RSA PRIVATE KEY-----' + fill('\nAAAA')],
    ['JWT-like parts', fill('eyJaaaaaaaaaaaa.')], ['password=', fill('password=')], ['mot de passe', fill('mot de passe ')],
    ['credential pairs', fill('identifiants : a / ')], ['curl', fill('curl ')], ['ldap', fill('ldap ')], ['URI prefixes', fill('postgres://a:')],
    ['ODBC pairs', fill('Server=a;Password=b;')], ['links', fill('http://')], ['query', 'https://x.test/?' + fill('token=a1&')],
    ['keyword assignments', fill('api_key=')], ['Bearer', fill('Bearer ')], ['glpat word', 'glpat-' + fill('a')], ['mistral', fill('mistral ')],
  ])('scans 100 KB of %s quickly', (_name, text) => {
    const started = performance.now();
    scan(text, { detectors: secrets });
    expect(performance.now() - started).toBeLessThan(LIMIT_MS);
  });
});
