/** Character-code tests shared by the engine and the detectors (on UTF-16 code units, no regex). */

/** `0-9`, `A-Z`, `a-z`. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `0-9`, `A-F`, `a-f`. */
export function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}
