import type { Detector } from '../../types';
import creditCard from './credit-card';
import frRib from './fr-rib';
import iban from './iban';

export default [iban, frRib, creditCard] satisfies Detector[];
