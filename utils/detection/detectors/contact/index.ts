import type { Detector, DetectorExamples } from '../../types';
import birthDate, { examples as birthDateExamples } from './birth-date';
import birthDateInWords, { examples as birthDateInWordsExamples } from './birth-date-in-words';
import email, { examples as emailExamples } from './email';
import foreignAddress, { examples as foreignAddressExamples } from './foreign-address';
import germanicAddress, { examples as germanicAddressExamples } from './germanic-address';
import ipAddress, { examples as ipAddressExamples } from './ip-address';
import macAddress, { examples as macAddressExamples } from './mac-address';
import phone, { examples as phoneExamples } from './phone';
import phoneInWords, { examples as phoneInWordsExamples } from './phone-in-words';
import postalAddress, { examples as postalAddressExamples } from './postal-address';
import postalCodeTown, { examples as postalCodeTownExamples } from './postal-code-town';

export default [birthDate, birthDateInWords, email, ipAddress, macAddress, phone, phoneInWords, postalAddress, postalCodeTown, foreignAddress, germanicAddress] satisfies Detector[];

/** Examples by detector id, for tests and tools: see utils/detection/detector-examples.ts. */
export const examplesById = (): Readonly<Record<string, DetectorExamples>> => ({
  [birthDate.id]: birthDateExamples,
  [birthDateInWords.id]: birthDateInWordsExamples,
  [email.id]: emailExamples,
  [foreignAddress.id]: foreignAddressExamples,
  [germanicAddress.id]: germanicAddressExamples,
  [ipAddress.id]: ipAddressExamples,
  [macAddress.id]: macAddressExamples,
  [phone.id]: phoneExamples,
  [phoneInWords.id]: phoneInWordsExamples,
  [postalAddress.id]: postalAddressExamples,
  [postalCodeTown.id]: postalCodeTownExamples,
});
