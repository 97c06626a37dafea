import type { Detector } from '../../types';
import frCafNumber from './fr-caf-number';
import frCni from './fr-cni';
import frDrivingLicence from './fr-driving-licence';
import frNif from './fr-nif';
import frNir from './fr-nir';
import frNirShort from './fr-nir-short';
import frPassport from './fr-passport';
import frPlateFni from './fr-plate-fni';
import frPlateSiv from './fr-plate-siv';
import frSiren from './fr-siren';
import frSiret from './fr-siret';
import frTva from './fr-tva';
import mrz from './mrz';

export default [
  mrz,
  frNir,
  frNirShort,
  frTva,
  frSiret,
  frNif,
  frSiren,
  frCni,
  frPassport,
  frDrivingLicence,
  frCafNumber,
  frPlateSiv,
  frPlateFni,
] satisfies Detector[];
