/** Index of the first value >= `value` in a sorted array (its length when there is none). */
export const lowerBound = (values: readonly number[], value: number): number => {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
};

/** Whether one of `spans` (sorted by start and by end: they do not overlap) overlaps [start, end). */
export const overlapsAny = (spans: readonly { readonly start: number; readonly end: number }[], start: number, end: number): boolean => {
  // First span that ends after `start`: the only one that may overlap the range first.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end > start) high = mid;
    else low = mid + 1;
  }
  return low < spans.length && spans[low].start < end;
};
