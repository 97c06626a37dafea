import type { Detector } from '../../types';
import birthDate from './birth-date';
import email from './email';
import ipAddress from './ip-address';
import macAddress from './mac-address';
import phone from './phone';
import postalAddress from './postal-address';
import postalCodeTown from './postal-code-town';

export default [birthDate, email, ipAddress, macAddress, phone, postalAddress, postalCodeTown] satisfies Detector[];
