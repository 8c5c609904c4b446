// A list copied out of a table loses its columns' bars but keeps the serial: "1 某某有限公司 折扣率82%",
// a number, a space, then the name. Under a label ending its line (定点供应商：, 入围供应商：) such a line
// is one item of the list as "1." or "1、" would be; the serial is one or two digits, so a year or a
// figure does not open one.
export const BARE_SERIAL = /^[ \t]*\d{1,2}[ \t]+(?=\p{Script=Han})/u;
