import { LOT_NAME, LOT_NUMBER } from './lot-numbers';

// A supplier listed once for results of several lots may carry the lot it won in brackets after its
// name ("某公司(包1)", "某公司(第二标段)", "某公司(A包、C包)"). No registered name ends so; the note says
// which lot, not who.
const LOT = `第?${LOT_NUMBER}(?:包|标段|标项|标包|分标|包件|包组)|(?:包|标段|标项|标包|分标|包件|包组)\\s*${LOT_NUMBER}号?`;
const LOT_NOTE = new RegExp(`\\s*[(（](?:${LOT})(?:\\s*[、,，/和及]\\s*(?:${LOT}))*[)）]$`, 'u');

/** The name without a note of the lot(s) it won in brackets at its end. */
export function dropLotNote(name: string): string {
  return name.replace(LOT_NOTE, '');
}

// The lot may instead open the name, when one label lists the winners of several lots in turn:
// "中标供应商：第一包 某公司；第二包 某公司" ("包1：某公司", "A包-某公司"). No registered name opens with
// a lot, so that part is dropped (not 第一包装…, a packaging firm's name, nor 包头…, a city).
const LEADING_LOT = new RegExp(`^(?:${LOT_NAME})(?![装])[\\s:：\\-－—]*(?=\\p{Script=Han}{4})`, 'u');

/** The name without the lot it won written before it. */
export function dropLeadingLot(name: string): string {
  return name.replace(LEADING_LOT, '');
}
