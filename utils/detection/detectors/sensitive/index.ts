import type { Detector, DetectorExamples } from '../../types';
import confidential, { examples as confidentialExamples } from './confidential';
import franceTravailId, { examples as franceTravailIdExamples } from './france-travail-id';
import health, { examples as healthExamples } from './health';
import judicial, { examples as judicialExamples } from './judicial';
import nationality, { examples as nationalityExamples } from './nationality';
import personHandle, { examples as personHandleExamples } from './person-handle';
import personName, { examples as personNameExamples } from './person-name';
import personNameBeforeAge, { examples as personNameBeforeAgeExamples } from './person-name-before-age';
import personNameField, { examples as personNameFieldExamples } from './person-name-field';
import personNameIntroduction, { examples as personNameIntroductionExamples } from './person-name-introduction';
import personNameLowerCase, { examples as personNameLowerCaseExamples } from './person-name-lower-case';
import personNameLowerCaseRecord, { examples as personNameLowerCaseRecordExamples } from './person-name-lower-case-record';
import personNameMixedCase, { examples as personNameMixedCaseExamples } from './person-name-mixed-case';
import personNameSpelled, { examples as personNameSpelledExamples } from './person-name-spelled';
import personNameTypedLowerCase, { examples as personNameTypedLowerCaseExamples } from './person-name-typed-lower-case';
import socialCase, { examples as socialCaseExamples } from './social-case';
import socialFileNumber, { examples as socialFileNumberExamples } from './social-file-number';
import specialCategory, { examples as specialCategoryExamples } from './special-category';

export default [personName, personNameIntroduction, personNameLowerCase, personNameLowerCaseRecord, personNameField, personNameSpelled, personNameBeforeAge, personNameTypedLowerCase, personNameMixedCase, personHandle, health, socialCase, specialCategory, nationality, judicial, confidential, franceTravailId, socialFileNumber] satisfies Detector[];

/** Examples by detector id, for tests and tools: see utils/detection/detector-examples.ts. */
export const examplesById = (): Readonly<Record<string, DetectorExamples>> => ({
  [personName.id]: personNameExamples,
  [personNameIntroduction.id]: personNameIntroductionExamples,
  [personNameLowerCase.id]: personNameLowerCaseExamples,
  [personNameLowerCaseRecord.id]: personNameLowerCaseRecordExamples,
  [personNameField.id]: personNameFieldExamples,
  [personNameSpelled.id]: personNameSpelledExamples,
  [personNameBeforeAge.id]: personNameBeforeAgeExamples,
  [personNameTypedLowerCase.id]: personNameTypedLowerCaseExamples,
  [personNameMixedCase.id]: personNameMixedCaseExamples,
  [personHandle.id]: personHandleExamples,
  [health.id]: healthExamples,
  [socialCase.id]: socialCaseExamples,
  [specialCategory.id]: specialCategoryExamples,
  [nationality.id]: nationalityExamples,
  [judicial.id]: judicialExamples,
  [confidential.id]: confidentialExamples,
  [franceTravailId.id]: franceTravailIdExamples,
  [socialFileNumber.id]: socialFileNumberExamples,
});
