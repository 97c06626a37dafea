import type { Detector } from '../../types';
import confidential from './confidential';
import franceTravailId from './france-travail-id';
import health from './health';
import judicial from './judicial';
import personName from './person-name';
import socialCase from './social-case';
import socialFileNumber from './social-file-number';
import specialCategory from './special-category';

export default [personName, health, socialCase, specialCategory, judicial, confidential, franceTravailId, socialFileNumber] satisfies Detector[];
