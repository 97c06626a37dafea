import { defineSecret } from './_define-secret';
import { columnHeader } from '../../table-context';
import { charClasses, isPlaceholder } from './_entropy';
import type { DetectorExamples } from '../../types';

/**
 * A value in a table column headed `Mot de passe`, `MDP` or `Password`: an export of a browser's
 * saved passwords, or the accounts a desk set up for someone (`Site<TAB>Identifiant<TAB>Mot de
 * passe`). password-assignment.ts reads a value after its label on the same line; here the label is
 * the column's header, rows above. A cell holds no blank, 6 to 64 characters, a digit or a symbol,
 * and two kinds of characters at least (`Jessy18000`, `Lilou-22-mai`), which status words
 * (`réinitialisé`, `oui`) do not.
 *
 * Source: shared/reference/detectors.md §8.9 (passwords given in clear). Examples are synthetic.
 */
const PASSWORD_HEADER = /^(?:mots? de passe|mdp|passwords?|pwd)(?: (?:provisoires?|temporaires?|initial|initiaux))?$/;

export default defineSecret({
  id: 'password-column',
  // A cell after a delimiter (tab, `;`, `|`), without blanks, holding a digit or a symbol: a password
  // is seldom a row's first cell, and a pattern that opens on a delimiter is tried at delimiters only;
  // cells of letters alone (the names of a CSV export) are not even candidates.
  pattern: /[\t;|] ?(?=[^\s;|]{0,63}[^\p{L}\s;|])([^\s;|]{6,64})(?= ?[\t;|]| *$)/gmu,
  baseScore: 0.85,
  priority: 95,
  // The header cell is the label itself, not a sentence that mentions one (an event log's `mot de passe incorrect`).
  validate: (match, context) => {
    const cell = context.groups[1] ?? '';
    const start = match.length - cell.length;
    if (!PASSWORD_HEADER.test(columnHeader(context.folded, context.start + start) ?? '') || isPlaceholder(cell) || charClasses(cell).count < 2) return false;
    return { score: 0.85, start, end: match.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Site\tIdentifiant\tMot de passe\nmail.example.org\tjessy.morin@example.org\tJessy18000',
    'compte;login;mdp\nameli;jdupont;Lilou-22-mai',
    'Nom\tIdentifiant\tMot de passe provisoire\nGUERIN\taguerin\tKp4#wZ81-bl',
    '| Service | Compte | Password |\n|---|---|---|\n| VPN | svc_vpn | Rx7-Synth-26 |',
  ],
  noMatch: [
    'Site\tIdentifiant\tMot de passe\nameli\tjdupont\tréinitialisé',
    'Site\tIdentifiant\tMot de passe\nameli\tjdupont\t********',
    'Agent\tService\tBadge\nDupont\tRH\tB12-4471',
    // An event log's sentence holds the words, not a column's header.
    'Échec : nom inconnu ou mot de passe incorrect.\n\tSous-état :\t\t0xC000006A',
  ],
};
