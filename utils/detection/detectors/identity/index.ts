import type { Detector, DetectorExamples } from '../../types';
import beNationalNumber, { examples as beNationalNumberExamples } from './be-national-number';
import esDni, { examples as esDniExamples } from './es-dni';
import frCafNumber, { examples as frCafNumberExamples } from './fr-caf-number';
import frCni, { examples as frCniExamples } from './fr-cni';
import frDrivingLicence, { examples as frDrivingLicenceExamples } from './fr-driving-licence';
import frNif, { examples as frNifExamples } from './fr-nif';
import frNir, { examples as frNirExamples } from './fr-nir';
import frNirShort, { examples as frNirShortExamples } from './fr-nir-short';
import frPassport, { examples as frPassportExamples } from './fr-passport';
import frPlateFni, { examples as frPlateFniExamples } from './fr-plate-fni';
import frPlateSiv, { examples as frPlateSivExamples } from './fr-plate-siv';
import frSiren, { examples as frSirenExamples } from './fr-siren';
import frSiret, { examples as frSiretExamples } from './fr-siret';
import frTva, { examples as frTvaExamples } from './fr-tva';
import mrz, { examples as mrzExamples } from './mrz';
import passportNumber, { examples as passportNumberExamples } from './passport-number';

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
  passportNumber,
  esDni,
  beNationalNumber,
  frDrivingLicence,
  frCafNumber,
  frPlateSiv,
  frPlateFni,
] satisfies Detector[];

/** Examples by detector id, for tests and tools: see utils/detection/detector-examples.ts. */
export const examplesById = (): Readonly<Record<string, DetectorExamples>> => ({
  [mrz.id]: mrzExamples,
  [frNir.id]: frNirExamples,
  [frNirShort.id]: frNirShortExamples,
  [frTva.id]: frTvaExamples,
  [frSiret.id]: frSiretExamples,
  [frNif.id]: frNifExamples,
  [frSiren.id]: frSirenExamples,
  [frCni.id]: frCniExamples,
  [frPassport.id]: frPassportExamples,
  [passportNumber.id]: passportNumberExamples,
  [esDni.id]: esDniExamples,
  [beNationalNumber.id]: beNationalNumberExamples,
  [frDrivingLicence.id]: frDrivingLicenceExamples,
  [frCafNumber.id]: frCafNumberExamples,
  [frPlateSiv.id]: frPlateSivExamples,
  [frPlateFni.id]: frPlateFniExamples,
});
