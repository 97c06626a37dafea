import type { Detector } from '../../types';
import email from './email';

export default [email] satisfies Detector[];
