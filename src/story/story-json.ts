/**
 * Compiled ink JSON, prepared so the runtime can take it as an object. Given a string, inkjs parses
 * it with a reviver called for every value (or, where JSON.parse cannot see number sources, such as
 * Safari, with a regular expression that also rewrites text). Given an object it does neither, but
 * then a whole-number float like 1.0 would become the integer 1. So floats are marked the way inkjs
 * understands, "1.0f", by walking the JSON tokens: text in strings is never touched.
 */

export type StoryJson = string | Record<string, unknown>;

/** Rewrites every whole-number float token (e.g. 2.0) outside strings to the string "2.0f". */
export function markWholeFloats(json: string): string {
  let out = '';
  let i = 0;
  while (i < json.length) {
    const ch = json[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < json.length && json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      out += json.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(json.slice(i, i + 64))!;
      const token = m[0];
      out += /^\d+\.0+$/.test(token) ? `"${token}f"` : token;
      i += token.length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Parses compiled ink JSON into the object the runtime takes directly. */
export function parseStoryJson(json: string): Record<string, unknown> {
  return JSON.parse(markWholeFloats(json)) as Record<string, unknown>;
}
