import type { Detector } from '../../types';
import confidential from './confidential';
import health from './health';
import judicial from './judicial';
import personName from './person-name';
import socialCase from './social-case';
import specialCategory from './special-category';

export default [personName, health, socialCase, specialCategory, judicial, confidential] satisfies Detector[];
