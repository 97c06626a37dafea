import { SCENARIO_DOMAINS, type Scenario, ScenarioSchema } from '../scenario-schema';
import aideSocialeFiscal from './aide-sociale-fiscal.json';
import apaPlanAide from './apa-plan-aide.json';
import aseNoteJuge from './ase-note-juge.json';
import collegeIncident from './college-incident.json';
import eluRiverain from './elu-riverain.json';
import eluSyndicale from './elu-syndicale.json';
import fournisseurRib from './fournisseur-rib.json';
import marcheDeneigement from './marche-deneigement.json';
import mdphPch from './mdph-pch.json';
import rdAccident from './rd-accident.json';
import regieCarte from './regie-carte.json';
import rhAvertissement from './rh-avertissement.json';
import rsaIndu from './rsa-indu.json';
import siChaineConnexion from './si-chaine-connexion.json';
import siHameconnage from './si-hameconnage.json';
import transportRdv from './transport-rdv.json';

/** The built-in scenarios (fictitious data), validated at load: a broken file fails the build's tests, not a session. */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [
  aideSocialeFiscal,
  apaPlanAide,
  aseNoteJuge,
  collegeIncident,
  eluRiverain,
  eluSyndicale,
  fournisseurRib,
  marcheDeneigement,
  mdphPch,
  rdAccident,
  regieCarte,
  rhAvertissement,
  rsaIndu,
  siChaineConnexion,
  siHameconnage,
  transportRdv,
]
  .map((scenario) => ScenarioSchema.parse(scenario))
  // Grouped by field of work, in the order of SCENARIO_DOMAINS.
  .sort((a, b) => SCENARIO_DOMAINS.indexOf(a.domain) - SCENARIO_DOMAINS.indexOf(b.domain));
