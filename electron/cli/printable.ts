// Names printed by the CLI come from the file system or the user: a newline or an escape sequence in one must not
// break the one-line-per-file output that scripts read, nor drive the terminal.

// eslint-disable-next-line no-control-regex -- control characters are what is escaped
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `name` on one line: control and line-separator characters written as escapes (\n, \t, \u001b). */
export function printable(name: string): string {
  return name.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
