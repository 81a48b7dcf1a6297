/** The escapes every sink uses, on their own: what a reader of the markdown, the log and the Hub's ids relies on. */
import { existsSync, readFileSync } from "node:fs";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { logLine, markdownText, quoted } from "../src/escape.ts";
import { isHubId } from "../src/hub/schema.ts";

describe("markdownText", () => {
  const hostile = ['<img src=x onerror="alert(1)">|x', "a|b|c", "`code` *em* _em_ ~~del~~ [link](javascript:alert(1)) \\", "&lt;not an entity&gt;", "two\nlines\r\nhere"];

  it("renders, in a table cell, to exactly the text it was given (one line)", async () => {
    for (const text of hostile) {
      const html = await new Marked({ gfm: true }).parse(`| a | b |\n|---|---|\n| ${markdownText(text)} | 1 |\n`);
      const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1] as string);
      expect(cells, text).toHaveLength(2);
      const decoded = (cells[0] as string).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
      expect(decoded).toBe(text.replace(/\r\n|\n/g, " "));
      expect(cells[1]).toBe("1");
    }
  });
});

describe("quoted", () => {
  it("keeps a Hub string on one line with its controls written out, in quotes, at most max characters", () => {
    expect(quoted("owner/na\n::error::me")).toBe('"owner/na\\n::error::me"');
    expect(quoted("\u001b[31mred")).toBe('"\\u001b[31mred"');
    expect(quoted('say "hi" \\')).toBe('"say \\"hi\\" \\\\"');
    expect(quoted("x".repeat(100), 10)).toBe(`"${"x".repeat(9)}…"`);
  });
});

describe("logLine", () => {
  it("writes out terminal controls and neutralises workflow commands, keeping line breaks and tabs", () => {
    expect(logLine("a\u001b[2Jb\u009bc")).toBe("a\\u001b[2Jb\\u009bc");
    expect(logLine("ok\n::error::x\n  ::warning::y\tz")).toBe("ok\n\\::error::x\n  \\::warning::y\tz");
    expect(logLine("text ##[error]legacy")).toBe("text ##\\[error]legacy");
    expect(logLine("a::b")).toBe("a::b");
  });
});

/** Real ids (HUB-FACTS), in the shared folder beside the checkout (CI has it too). */
const REAL_IDS = new URL("../../shared/hub-samples/real-model-ids-2025.txt", import.meta.url);

describe("isHubId", () => {
  it.runIf(existsSync(REAL_IDS))("accepts every real id of the 2025 sample and the old canonical names", () => {
    const ids = readFileSync(REAL_IDS, "utf8").split("\n").filter(Boolean);
    expect(ids.length).toBeGreaterThan(40_000);
    expect(ids.filter((id) => !isHubId(id))).toEqual([]);
    for (const id of ["gpt2", "bert-base-uncased", "t5_small", "a/b", "A.B/c_d-e.f", `${"o".repeat(96)}/${"n".repeat(96)}`]) expect(isHubId(id), id).toBe(true);
  });

  it("refuses what the Hub never issues", () => {
    for (const id of ["", "/x", "x/", "../../x", "a/../b", "a/b/c", "x--y/z", "-x/y", "x/y.", "<svg onload=alert(1)>/x", "na me/x", "a\nb/c", "é/x", `${"n".repeat(97)}`, "a/b c"]) {
      expect(isHubId(id), JSON.stringify(id)).toBe(false);
    }
  });
});
