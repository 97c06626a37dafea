import { defineSecret } from './_define-secret';
import { charClasses, distinctChars, shannonEntropy } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * AWS credentials. Access key ID: `AKIA` (long-term), `ASIA` (temporary), `ABIA`, `ACCA` or `A3T?`
 * + 16 characters of the base-32 alphabet `A–Z2–7` (20 characters, upper case). Secret access key:
 * 40 characters `A–Za–z0–9/+` with no prefix, so it is only reported after its keyword
 * (`aws_secret_access_key = …`, `"SecretAccessKey": "…"`); the span is then the value alone.
 * Check: exact alphabet and case, key IDs need 6+ distinct characters, secrets need upper, lower,
 * digit and 4+ bits of entropy per character; AWS documentation values (`…EXAMPLE`, `…EXAMPLEKEY`)
 * are allow-listed like gitleaks does.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 * Examples are synthetic.
 */
const KEY_ID = /^(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/u;
// Case-insensitive keyword spelled with classes: the key ID branch must stay case-sensitive, and the
// `i` flag would make the scan for `A…` candidates slower.
const anyCase = (word: string) => word.replace(/[a-z]/gu, (ch) => `[${ch}${ch.toUpperCase()}]`);
// Written as a variable (`aws_secret_access_key`) or in words (`AWS secret access key:`).
const SECRET_KEYWORD = `(?:${anyCase('aws')}[_ ]?${anyCase('secret')}[_ ]?${anyCase('access')}[_ ]?${anyCase('key')}|${anyCase('secret')}[_ ]?${anyCase('access')}[_ ]?${anyCase('key')}|${anyCase('aws')}[_ ]?${anyCase('secret')}(?:[_ ]?${anyCase('key')})?)`;

export default defineSecret({
  id: 'aws-access-key',
  // The key ID's left boundary is checked in `validate` (a leading look-behind slows the scan down).
  pattern: new RegExp(
    `(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])|${SECRET_KEYWORD}["']?[ \\t]{0,5}(?::=|=>|[:=])[ \\t]{0,5}["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`,
    'gu',
  ),
  // No prefilter: the folded text cannot tell `AKIA` from `akia`, and five needles starting with `a`
  // (`akia`, `asia`, `abia`, `acca`, `a3t`) cost more to search than this case-sensitive pattern.

  keywords: phraseList('aws|amazon|iam|access_key_id|aws_access_key_id|accesskeyid|credentials'),
  validate: (value, { text, start }) => {
    if (value.length === 20 && KEY_ID.test(value)) {
      if (/[A-Za-z0-9]/u.test(text.charAt(start - 1))) return false;
      if (value.endsWith('EXAMPLE') || distinctChars(value.slice(4)) < 6) return false;
      return true;
    }
    const secret = value.slice(-40);
    if (value.length <= 40 || /EXAMPLE/u.test(secret)) return false;
    const classes = charClasses(secret);
    if (!classes.lower || !classes.upper || !classes.digit || shannonEntropy(secret) < 4) return false;
    return { score: 0.95, start: value.length - 40 };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Clé utilisée par le script : ' + 'AKIA' + 'VIGIE2SYNTHETIC7',
    '[default]\naws_access_key_id = ' + 'ASIA' + 'TESTVIGIE4ZQXW5M',
    '[default]\naws_secret_access_key = ' + 'Vigie/Synthetic+Secret0Value1For2Tests3x',
    '- AWS secret access key: ' + 'Vigie/Synthetic+Secret0Value1For2Tests3x',
    '{"AccessKeyId": "ASIA…", "SecretAccessKey": "' + 'Vigie/Synthetic+Secret0Value1For2Tests3x' + '"}',
  ],
  noMatch: [
    'AKIA' + 'VIGIE2SYNTHETIC',
    'AKIA' + 'VIGIE2SYNTHETIC1',
    'AKIAIOSFODNN7EXAMPLE',
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'akia' + 'vigie2synthetic7',
    'Vigie/Synthetic+Secret0Value1For2Tests3x sans mot-clé',
  ],
};
