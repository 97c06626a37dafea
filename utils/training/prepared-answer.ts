import { PLACEHOLDERS_TOKEN, type LocalisedText, type Scenario } from './scenario-schema';

/**
 * Placeholders the guard wrote when it pseudonymised a prompt (`[USAGER_1]`, `[COURRIEL_1]`,
 * `[EMAIL_1]`…), in order of first appearance. Read from the sent text, never hard-coded, so the
 * training chat follows whatever naming the guard uses.
 */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(/\[[\p{Lu}][\p{Lu}\p{N}_]*_\d+\]/gu) ?? [])];
}

function localised(text: LocalisedText, language: 'fr' | 'en'): string {
  return language === 'en' ? (text.en ?? text.fr) : text.fr;
}

/**
 * The training chat's prepared answer to a sent text, for the scenario in play: its answer, where
 * `{placeholders}` becomes the placeholders found in the sent text (nothing when there are none).
 * Without a scenario, the neutral `fallback`. Never any network.
 */
export function preparedAnswer(sent: string, scenario: Scenario | null, language: 'fr' | 'en', fallback: string): string {
  if (!scenario) return fallback;
  const list = placeholdersIn(sent).join(language === 'en' ? ' and ' : ' et ');
  return localised(scenario.answer, language)
    .split(PLACEHOLDERS_TOKEN)
    .join(list)
    .replace(/ +([,.])/g, '$1')
    .replace(/ {2,}/g, ' ');
}
