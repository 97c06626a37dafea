import { defineSecret } from './_define-secret';
import type { DetectorExamples } from '../../types';

/**
 * Private key blocks: PEM (`-----BEGIN RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP … PRIVATE KEY(-BLOCK)-----`,
 * PKCS#8 `-----BEGIN PRIVATE KEY-----`), the SSH.com `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`
 * and PuTTY `.ppk` files (`PuTTY-User-Key-File-2:`).
 * Check: the header alone is enough (a truncated paste is still a leak). The span is the whole block
 * up to its END line (at most 20,000 characters, enough for an 8192-bit RSA or a PGP key), or, when
 * the END line is missing, the header and the base64 lines that follow it. Bodies pasted from JSON
 * (`"private_key": "-----BEGIN …\n…"` with literal `\n`) are covered. Certificates and public keys
 * are not secrets and are not reported.
 * Source: RFC 7468 §10–11 (https://www.rfc-editor.org/rfc/rfc7468), gitleaks `private-key` rule.
 * Examples are synthetic (random base64, no real key).
 */
const BEGIN = String.raw`(?:-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----|---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----)`;
// Body of a complete block: anything but a run of four dashes, lazily, up to the END line.
const COMPLETE = String.raw`(?:[^-]|-(?!---)){0,20000}?-{4,5} ?END [A-Z0-9 ]{0,64}PRIVATE KEY(?: BLOCK)? ?-{4,5}`;
// Truncated block: base64 chunks separated by line breaks (real or JSON-escaped) or spaces.
const TRUNCATED = String.raw`(?:(?:\r?\n|\\r\\n|\\n|[ \t])[ \t]{0,8}[A-Za-z0-9+\/=]{8,256}(?![A-Za-z0-9+\/=])){1,400}`;
const PUTTY_HEADER_LINES = 'Encryption|Comment|Public-Lines|Private-Lines|Private-MAC|Key-Derivation|Argon2-Memory|Argon2-Passes|Argon2-Parallelism|Argon2-Salt';
const PUTTY = String.raw`PuTTY-User-Key-File-[1-3]: [A-Za-z0-9@.-]{1,64}(?:\r?\n(?:(?:${PUTTY_HEADER_LINES}): [^\r\n]{0,200}|[A-Za-z0-9+\/=]{1,128}(?![^\r\n]))){0,200}`;

/** The end of a whole key block (PEM footer, PuTTY's MAC line). */
const COMPLETE_KEY_END = /(?:END [A-Z0-9 ]{0,64}PRIVATE KEY|Private-MAC: )/u;

export default defineSecret({
  id: 'private-key',
  pattern: new RegExp(`${BEGIN}(?:${COMPLETE}|${TRUNCATED})?|${PUTTY}`, 'gu'),
  // Needles start with a rare character: `String#includes` is then nearly free on long texts.
  prefilter: ['-----begin', '---- begin', '-key-file'],
  priority: 100,
  // A header followed by key material is certain; a header alone is very likely a leak too.
  validate: (value) => (COMPLETE_KEY_END.test(value) || value.length > 120 ? 1 : true),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    '-----BEGIN RSA ' + 'PRIVATE KEY-----\nMIIEowIBAAKCAQEAx7Qp3sYbT0kq9dXm2Lw8VnZ\nq3uhxeD8mhibwbcdvaHvs9o07A38COnuYwQig==\n-----END RSA PRIVATE KEY-----',
    'Voici la clé du serveur :\n-----BEGIN OPENSSH ' + 'PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nc3ludGhldGljLXZpZ2llLWV4YW1wbGUtb25seQ',
    '-----BEGIN PGP PRIVATE ' + 'KEY BLOCK-----',
    '{"type": "service_account", "private_key": "-----BEGIN ' + 'PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nc3ludGhldGljLXZpZ2ll\\n-----END PRIVATE KEY-----\\n"}',
    'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key-20260101\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAAAgQ\nPrivate-Lines: 1\nc3ludGhldGljLXZpZ2ll\nPrivate-MAC: 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
  ],
  noMatch: [
    '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEc3ludGhldGlj\n-----END CERTIFICATE-----',
    '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ agent@poste-042',
    'Le fichier commence par la ligne BEGIN PRIVATE KEY, ne le collez jamais ici.',
  ],
};
