import { ScenarioListStoredSchema, type Scenario } from './scenario-schema';
import { BUILT_IN_SCENARIOS } from './scenarios';

/**
 * Scenarios a trainer imported, kept in storage.local on this computer and validated with zod on
 * every read (a damaged value is treated as none). They hold fictitious training data only.
 */
const importedScenariosItem = storage.defineItem<unknown>('local:trainingScenarios');

export async function loadImportedScenarios(): Promise<Scenario[]> {
  try {
    const parsed = ScenarioListStoredSchema.safeParse(await importedScenariosItem.getValue());
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Adds imported scenarios: one with the id of an earlier import replaces it; built-in ids are kept apart. */
export function mergeScenarios(existing: readonly Scenario[], added: readonly Scenario[]): Scenario[] {
  const byId = new Map(existing.map((scenario) => [scenario.id, scenario]));
  for (const scenario of added) byId.set(scenario.id, scenario);
  return [...byId.values()];
}

export async function saveImportedScenarios(scenarios: readonly Scenario[]): Promise<void> {
  await importedScenariosItem.setValue(ScenarioListStoredSchema.parse(scenarios));
}

export async function clearImportedScenarios(): Promise<void> {
  await importedScenariosItem.removeValue();
}

/** Built-in scenarios first, then imported ones (an imported id equal to a built-in one is shown as the trainer's). */
export function allScenarios(imported: readonly Scenario[]): Scenario[] {
  const importedIds = new Set(imported.map((scenario) => scenario.id));
  return [...BUILT_IN_SCENARIOS.filter((scenario) => !importedIds.has(scenario.id)), ...imported];
}
