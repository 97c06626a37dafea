import type { Detector } from '../../types';

export default [] satisfies Detector[];
