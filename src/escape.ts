/**
 * Text from the Hub (ids, licences, base models, library names, error bodies) is data: it is kept
 * byte for byte in the dataset and escaped here for each place it is shown — markdown (insights.md,
 * the job summary), HTML (the site) and log lines. The ground floor: imports nothing of ours.
 */

/** Controls that move a terminal's cursor, change its colours, reverse text or break a line. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A control character written out: `\n`, or `\u001b`. */
function codePoint(c: string): string {
  return SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * One Hub string inside a log line or an error message: in quotes, every control character
 * written out as `\uXXXX` (a newline can never start a line of its own, an escape sequence never
 * reaches the terminal), at most `max` characters.
 */
export function quoted(text: string, max = 80): string {
  const short = [...text].length > max ? `${[...text].slice(0, max - 1).join("")}…` : text;
  return `"${short.replace(/["\\]/g, (c) => `\\${c}`).replace(CONTROLS, codePoint)}"`;
}

/** Characters that start inline markup or end a table cell; `<`, `>` and `&` become entities, so no HTML can form. */
const MARKDOWN_SPECIAL = /[\\`*_[\]|~<>&]/g;
const MARKDOWN_ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/**
 * Text for a markdown table cell or a line of prose that reads, once rendered, exactly as the Hub
 * wrote it: a `|` stays in its cell, `<img onerror>` shows as text, `*x*` is not emphasis. One line:
 * line breaks become spaces; other controls are written out.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, " ")
    .replace(CONTROLS, codePoint)
    .replace(MARKDOWN_SPECIAL, (c) => MARKDOWN_ENTITIES[c] ?? `\\${c}`);
}

/** Text or an attribute value in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The last guard on a log line, whatever it holds: no terminal control sequence (tabs and line
 * breaks stay), and no line that the Actions runner would read as a workflow command
 * (`::error::…` at a line's start, `##[…]` anywhere).
 */
export function logLine(message: string): string {
  return message
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, codePoint)
    .replace(/##\[/g, "##\\[")
    .replace(/^(\s*)::/gm, "$1\\::");
}
