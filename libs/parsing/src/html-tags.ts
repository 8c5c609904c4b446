// Patterns of HTML markup shared by the page-to-text conversion and the table layout.

// Inside a tag, attribute values may hold ">" within quotes.
export const ATTRS = String.raw`(?:[^"'>]|"[^"]*"|'[^']*')*`;
// Any tag, opening or closing.
export const TAG = new RegExp(String.raw`<\/?[a-zA-Z]${ATTRS}>`, 'g');
