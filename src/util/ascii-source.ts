// Generated JavaScript (the CLI bundle, precompiled validators and templates) as ASCII. V8 holds
// a source text with a single character beyond ASCII as a two-byte string: twice the memory, and
// slower to read and decode at every start. Each such character becomes a `\uXXXX` escape (per
// UTF-16 code unit), which reads the same in string and template literals, regular expressions
// (with or without the `u` flag) and identifiers; esbuild's `charset: "ascii"` leaves regular
// expression literals alone. A character already escaped (`\é`, an identity escape) loses its
// backslash, or the new escape would read as a backslash and text.
export function asciiSource(code: string): string {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes: string, c: string) => `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
