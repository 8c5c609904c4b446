// A code typed in a Word file may have its hyphens turned into dashes by the editor ("LLCG—2036—0931") or
// typed as the numeral 一, which looks the same in many fonts ("HNZC-MLQ-2036一0275"). Between two Latin
// letters or digits of a code neither is anything but the hyphen the portal's system numbers it with, so
// the code is read with hyphens, as members search for it.
const DASH_IN_CODE = /(?<=[A-Za-z0-9])[—–―‐‑一](?=[A-Za-z0-9])/gu;

/** The code with dashes (and a 一 typed for one) between its letters and digits read as hyphens. */
export function plainCodeDashes(code: string): string {
  return code.replace(DASH_IN_CODE, '-');
}
