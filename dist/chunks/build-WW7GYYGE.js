import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  classesSpec,
  concentrationSpec,
  familiesSpec,
  lorenzSpec,
  relationsSpec,
  shareSpec,
  sizesSpec,
  snapshotsSpec,
  tagsSpec,
  weeklyDownloadsSpec,
  weeklySpec
} from "./chunk-76XHLEZT.js";
import {
  HEIGHT,
  chartContext,
  chartFrame,
  waitingSpec
} from "./chunk-FORYZD3Y.js";
import {
  PARQUET_FILE
} from "./chunk-TMVGAWI3.js";
import {
  readHistory
} from "./chunk-QCAYDPGW.js";
import {
  CHART_FILES
} from "./chunk-4CBWZWGY.js";
import {
  INSIGHTS_JSON,
  escapeHtml
} from "./chunk-W7Y2WGML.js";
import {
  DEFAULT_MAX_SNAPSHOT_AGE_DAYS,
  isDatedCreation
} from "./chunk-H5AMLHLL.js";
import "./chunk-AY7CEEFQ.js";
import "./chunk-LEP5OP7O.js";
import {
  SPACES_CAP,
  tagSetLabel,
  tagsOf
} from "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";

// src/site/build.ts
import { writeFileSync } from "node:fs";
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/marked/lib/marked.esm.js
function G() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var S = G();
function ue(l3) {
  S = l3;
}
var q = { exec: () => null };
function D(l3) {
  let e = [];
  return (t) => {
    let n = Math.max(0, Math.min(3, t - 1)), r = e[n];
    return r || (r = l3(n), e[n] = r), r;
  };
}
function g(l3, e = "") {
  let t = typeof l3 == "string" ? l3 : l3.source, n = { replace: (r, s) => {
    let o = typeof s == "string" ? s : s.source;
    return o = o.replace(O.caret, "$1"), t = t.replace(r, o), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
var _e = ((l3 = "") => {
  try {
    return !!new RegExp("(?<=1)(?<!1)" + l3);
  } catch {
    return false;
  }
})();
var O = { codeRemoveIndent: /^(?: {0,3}\t| {1,4})/gm, listInterruptsParagraph: /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, endingSpaceTabChar: /[ \t]$/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, leadingSpaceTab: /^[ \t]+/, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, blockquoteMarkerWhitespace: /^( {0,3}>)(\t[ \t]*)/gm, nestedBlockMarker: /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\][ \t]+\S/, listReplaceTask: /^\[[ xX]\][ \t]+/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, numericCharacterReference: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/, numericCharacterReferenceOrAmpersand: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l3) => new RegExp(`^( {0,3}${l3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)), hrRegex: D((l3) => new RegExp(`^ {0,${l3}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)), fencesBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:\`\`\`|~~~)`)), headingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#{1,6}(?:\\s|$)`)), pedanticHeadingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#`)), htmlBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:</?(?:${he})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`, "i")), blockquoteBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}>`)), nestedContainerMarkers: /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/ };
var Ge = /^(?:[ \t]*(?:\n|$))+/;
var Ne = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Fe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/;
var V = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var Qe = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var ce = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
var he = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var J = g(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag", he).getRegex();
var $e = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/;
var Le = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g, "").replace(/html/g, J).getRegex();
var We = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g, J).getRegex();
var de = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/;
var Ue = /^[^\n]+/;
var ge = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/;
var Ke = g(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", ge).replace("title", /(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex();
var Xe = g(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g, ce).getRegex();
var ke = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var Ve = g("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", ke).replace("tag", he).replace("attribute", /[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex();
var Ce = (l3) => g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", l3).replace("html", J).getRegex();
var Je = Ce(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/);
var Ye = Ce(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/);
var et = g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph", Ye).getRegex();
var fe = { blockquote: et, code: Ne, def: Ke, fences: Fe, heading: Qe, hr: V, html: Ve, lheading: Le, list: Xe, newline: Ge, paragraph: Je, table: q, text: Ue };
var Pe = g("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", J).getRegex();
var tt = { ...fe, lheading: We, table: Pe, paragraph: g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", Pe).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html", J).getRegex() };
var nt = { ...fe, html: g(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment", ke).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: q, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: g(de).replace("hr", V).replace("heading", ` *#{1,6} *[^
]`).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").replace("lheading", Le).getRegex() };
var rt = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var st = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var Ie = /^( {2,}|\\)\n(?!\s*$)[ \t]*/;
var it = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var L = /[\p{P}\p{S}]/u;
var N = /[\s\p{P}\p{S}]/u;
var Y = /[^\s\p{P}\p{S}]/u;
var ot = g(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, N).getRegex();
var at = /[\p{Pi}\p{Ps}"']/u;
var Ae = /(?!~)[\p{P}\p{S}]/u;
var lt = /(?!~)[\s\p{P}\p{S}]/u;
var ut = /(?:[^\s\p{P}\p{S}]|~)/u;
var pt = g(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", _e ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var Ee = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
var ct = g(Ee, "u").replace(/punct/g, L).getRegex();
var ht = g(Ee, "u").replace(/punct/g, Ae).getRegex();
var dt = /^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/;
var gt = g(dt, "u").replace(/openQuote/g, at).replace(/punct/g, L).getRegex();
var ze = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var kt = g(ze, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var ft = g(ze, "gu").replace(/notPunctSpace/g, ut).replace(/punctSpace/g, lt).replace(/punct/g, Ae).getRegex();
var mt = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)";
var xt = g(mt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var bt = g("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Rt = "^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)";
var Tt = g(Rt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Ot = g(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, L).getRegex();
var wt = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
var Pt = g(wt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var yt = g(/\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var St = g(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var _t = g(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var $t = g(ke).replace("(?:-->|$)", "-->").getRegex();
var Lt = g("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", $t).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var Me = /\[(?:\\[\s\S]|[^\[\]\\])*\]/;
var ie = g(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets", Me).getRegex();
var Ct = g(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label", ie).replace("href", /<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title", /"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex();
var It = g(/^!?\[(label)\]\[(ref)\]/).replace("label", ie).replace("ref", ge).getRegex();
var At = g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ge).getRegex();
var ye = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/;
var Et = g(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets", Me).getRegex();
var zt = g("reflink|nolink(?!\\()", "g").replace("reflink", g(/^!?\[(label)\]\[(ref)\]/).replace("label", Et).replace("ref", ye).getRegex()).replace("nolink", g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ye).getRegex()).getRegex();
var Se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var Mt = /[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
var Bt = g(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g, Mt).getRegex();
var me = { _backpedal: q, anyPunctuation: yt, anyPunctuationOutsideCode: St, autolink: _t, blockSkip: pt, br: Ie, code: st, del: q, delLDelim: q, delRDelim: q, emStrongLDelim: ct, emStrongRDelimAst: kt, emStrongRDelimUnd: bt, escape: rt, link: Ct, nolink: At, punctuation: ot, reflink: It, reflinkSearch: zt, tag: Lt, text: it, url: q };
var Dt = { ...me, emStrongLDelim: gt, emStrongRDelimAst: xt, emStrongRDelimUnd: Tt, link: g(/^!?\[(label)\]\((.*?)\)/).replace("label", ie).getRegex(), reflink: g(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", ie).getRegex() };
var pe = { ...me, emStrongRDelimAst: ft, emStrongLDelim: ht, delLDelim: Ot, delRDelim: Pt, url: g(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol", Bt).replace("protocol", Se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: g(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol", Se).replace(/emailProtocol/g, /(?:mailto|xmpp):/).replace("wwwStart", _e ? "(?<![^\\s*_~(])www\\." : "www\\.").getRegex() };
var qt = { ...pe, br: g(Ie).replace("{2,}", "*").getRegex(), text: g(pe.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var ee = { normal: fe, gfm: tt, pedantic: nt };
var F = { normal: me, gfm: pe, breaks: qt, pedantic: Dt };
var vt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var Be = (l3) => vt[l3];
function y(l3, e) {
  if (e) {
    if (O.escapeTest.test(l3)) return l3.replace(O.escapeReplace, Be);
  } else if (O.escapeTestNoEncode.test(l3)) return l3.replace(O.escapeReplaceNoEncode, Be);
  return l3;
}
function De(l3) {
  return O.numericCharacterReference.test(l3) ? l3.replace(O.numericCharacterReferenceOrAmpersand, (e, t, n) => {
    if (t === void 0 && n === void 0) return "&amp;";
    let r = t === void 0 ? Number.parseInt(n, 16) : Number.parseInt(t, 10);
    return r === 0 || r > 1114111 || r >= 55296 && r <= 57343 ? "\uFFFD" : r === 38 ? "&amp;" : String.fromCodePoint(r);
  }) : l3;
}
function xe(l3) {
  try {
    l3 = encodeURI(l3).replace(O.percentDecode, "%");
  } catch {
    return null;
  }
  return l3;
}
function be(l3, e) {
  let t = l3.replace(O.findPipe, (s, o, i) => {
    let a = false, c = o;
    for (; --c >= 0 && i[c] === "\\"; ) a = !a;
    return a ? "|" : " |";
  }), n = t.split(O.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(O.slashPipe, "|");
  return n;
}
function C(l3, e, t) {
  let n = l3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let s = l3.charAt(n - r - 1);
    if (s === e && !t) r++;
    else if (s !== e && t) r++;
    else break;
  }
  return l3.slice(0, n - r);
}
function Re(l3) {
  let e = l3.split(`
`), t = e.length - 1;
  for (; t >= 0 && O.blankLine.test(e[t]); ) t--;
  return e.length - t <= 2 ? l3 : e.slice(0, t + 1).join(`
`);
}
function W(l3) {
  return l3.trim().replace(O.multipleSpaceGlobal, " ").toLowerCase().toUpperCase().toLowerCase();
}
function Te(l3, e) {
  if (l3.indexOf(e[0]) === -1 && l3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < l3.length; n++) if (l3[n] === "\\") n++;
  else if (l3[n] === e[0]) t++;
  else if (l3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
var Q = /* @__PURE__ */ new WeakMap();
function Oe(l3) {
  let e = { "*": -1, _: -1 }, t = -1, n = l3.length;
  for (let r = 0; r < n; r++) {
    let s = l3[r];
    if (s !== "*" && s !== "_" && s !== "~") continue;
    let o = r === 0 ? `
` : l3[r - 1], i = r + 1;
    for (; i < n && l3[i] === s; ) i++;
    o !== " " && o !== "	" && o !== `
` && o !== "\r" && o !== "\f" && (s === "~" ? t = r : e[s] = r), r = i - 1;
  }
  return { maskedSrc: l3, lastPossibleEmStrongCloserIndex: e, lastPossibleDelCloserIndex: t };
}
function qe(l3, e) {
  let t = Oe(e), n = Q.get(l3);
  n ? n.push(t) : Q.set(l3, [t]);
}
function ve(l3) {
  let e = Q.get(l3);
  e && (e.pop(), e.length === 0 && Q.delete(l3));
}
function oe(l3, e, t) {
  let n = Q.get(l3)?.at(-1);
  return n && n.maskedSrc === e ? n.lastPossibleEmStrongCloserIndex[t] : Oe(e).lastPossibleEmStrongCloserIndex[t];
}
function ae(l3, e) {
  let t = Q.get(l3)?.at(-1);
  return t && t.maskedSrc === e ? t.lastPossibleDelCloserIndex : Oe(e).lastPossibleDelCloserIndex;
}
function te(l3, e = 0) {
  let t = e, n = "";
  for (let r of l3) if (r === "	") {
    let s = 4 - t % 4;
    n += " ".repeat(s), t += s;
  } else n += r, t++;
  return n;
}
function Ht(l3, e) {
  let t = "";
  for (let n = 0; n < l3.length; n++) {
    if (l3[n] === "`") {
      let r = e.inline.code.exec(l3.slice(n));
      if (r) {
        t += r[0], n += r[0].length - 1;
        continue;
      }
    }
    if (l3[n] === "\\" && (l3[n + 1] === "[" || l3[n + 1] === "]")) {
      t += l3[n + 1], n++;
      continue;
    }
    t += l3[n];
  }
  return t;
}
function He(l3, e, t, n, r) {
  let s = e.href, o = e.title || null, i = Ht(l3[1], r), a = l3[0].charAt(0) === "!", c = n.state.inLink, u = n.state.linkEmitted, d = n.state.inRawBlock;
  n.state.inLink = true, n.state.linkEmitted = false;
  let h = n.inlineTokens(i), p = n.state.linkEmitted;
  if (n.state.linkEmitted = u, n.state.inLink = c, !a) {
    if (p) {
      n.state.inRawBlock = d;
      return;
    }
    n.state.linkEmitted = true;
  }
  return { type: a ? "image" : "link", raw: t, href: s, title: o, text: i, tokens: h };
}
function Zt(l3, e, t) {
  let n = l3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((s) => {
    let o = s.match(t.other.beginningSpace);
    if (o === null) return s;
    let [i] = o;
    return s.slice(Math.min(i.length, r.length));
  }).join(`
`);
}
function Ze(l3, e, t, n) {
  if (!e.includes("<")) return false;
  for (let r = 0; r < e.length; r++) {
    if (e[r] === "\\") {
      r++;
      continue;
    }
    if (e[r] === "`") {
      let i = n.inline.code.exec(e.slice(r));
      if (i) {
        r += i[0].length - 1;
        continue;
      }
    }
    if (e[r] !== "<") continue;
    let s = l3.slice(t + r), o = n.inline.tag.exec(s) || n.inline.autolink.exec(s);
    if (o) {
      if (o[0].length > e.length - r) return true;
      r += o[0].length - 1;
    }
  }
  return false;
}
var _ = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n = this.options.pedantic ? t[0] : Re(t[0]), r = n.replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: n, codeBlockStyle: "indented", text: r };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n = t[0], r = Zt(n, t[3] || "", this.rules);
      return t[3] !== void 0 && (r === "" || r.endsWith(`
`)) && (r += `
`), { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n = t[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = C(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceTabChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: C(t[0], `
`), depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: C(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n = C(t[0], `
`).split(`
`), r = "", s = "", o = [];
      for (; n.length > 0; ) {
        let i = false, a = [], c;
        for (c = 0; c < n.length; c++) if (this.rules.other.blockquoteStart.test(n[c])) a.push(n[c]), i = true;
        else if (!i) a.push(n[c]);
        else break;
        n = n.slice(c);
        let u = a.join(`
`), d = u.replace(this.rules.other.blockquoteMarkerWhitespace, (k, m, b) => b.startsWith(" ") ? m + " " + b.slice(1) : m + te(b, m.length)).replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${u}` : u, s = s ? `${s}
${d}` : d;
        let h = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(d, o, true), this.lexer.state.top = h, n.length === 0) break;
        let p = o.at(-1);
        if (p?.type === "code" || p?.type === "heading" || p?.type === "hr" || p?.type === "html" || p?.type === "table") break;
        if (p?.type === "blockquote") {
          let k = p, m = n.join(`
`), b = k.raw + `
` + m.replace(this.rules.other.blockquoteSetextReplace2, ""), f = this.blockquote(b);
          o[o.length - 1] = f;
          let R = b.substring(f.raw.length).replace(/^\n/, ""), E = R ? R.split(`
`).length : 0, T = E ? n.slice(0, -E) : n;
          if (T.length > 0 && (r = `${r}
${T.join(`
`)}`), s = s.substring(0, s.length - k.text.length) + f.text, n = n.slice(T.length), n.length > 0 && this.rules.other.blockquoteStart.test(n[0])) continue;
          break;
        } else if (p?.type === "list") {
          let k = p, m = k.raw + `
` + n.join(`
`), b = this.list(m);
          o[o.length - 1] = b;
          let f = b.raw.length > k.raw.length ? m.slice(k.raw.length + 1, b.raw.length).split(`
`).length : 0;
          if (f > 0) {
            let R = n.slice(0, f).join(`
`);
            r = `${r}
${R}`, s = `${s}
${R}`;
          }
          if (n = n.slice(f), n.length > 0 && !this.rules.other.blockquoteStart.test(n[0])) break;
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: o, text: s };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      if (!this.options.pedantic && this.lexer.state.lastToken?.type === "text" && !this.rules.other.listInterruptsParagraph.test(e)) return;
      let n = e, r = () => n.length - e.length, s = t[1].trim(), o = s.length > 1, i = { type: "list", raw: "", ordered: o, start: o ? +s.slice(0, -1) : "", loose: false, items: [] };
      s = o ? `\\d{1,9}\\${s.slice(-1)}` : `\\${s}`, this.options.pedantic && (s = o ? s : "[*+-]");
      let a = this.rules.other.listItemRegex(s), c = false;
      for (; e; ) {
        let h = false, p = "";
        if (!(t = a.exec(e)) || this.rules.block.hr.test(e)) break;
        let k = r();
        e = e.substring(t[0].length);
        let m = t[2].split(`
`, 1)[0], b = t[1].length, f = this.options.pedantic ? te(m, b) : m.replace(this.rules.other.leadingSpaceTab, (H) => te(H, b)), R = e.split(`
`, 1)[0], E = !f.trim(), T = 0;
        if (this.options.pedantic ? (T = 2, p = f.trimStart()) : E ? T = b + 1 : (T = f.search(this.rules.other.nonSpaceChar), T = T > 4 ? 1 : T, p = f.slice(T), T += b), E && this.rules.other.blankLine.test(R) && (e = e.substring(R.length + 1), h = true), !h) {
          let H = this.rules.other.nextBulletRegex(T), K = this.rules.other.hrRegex(T), re = this.rules.other.fencesBeginRegex(T), B = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(T) : this.rules.other.headingBeginRegex(T), X = this.rules.other.htmlBeginRegex(T), se = this.rules.other.blockquoteBeginRegex(T), le = false;
          for (; e; ) {
            let we = e.split(`
`, 1)[0], Z;
            if (R = we, this.options.pedantic ? (R = R.replace(this.rules.other.listReplaceNesting, "  "), Z = R) : Z = R.replace(this.rules.other.leadingSpaceTab, ($) => te($)), re.test(R) || B.test(R) || X.test(R) || se.test(R) || H.test(R) || K.test(R)) break;
            if (Z.search(this.rules.other.nonSpaceChar) >= T || !R.trim()) p += `
` + Z.slice(T), le = false;
            else {
              if (E) break;
              let $ = f;
              if (!this.options.pedantic && !p.includes(`
`) && !f.includes("	")) {
                let j;
                for (; !K.test($) && (j = this.rules.other.nestedBlockMarker.exec($)); ) $ = $.slice(j[0].length);
                if (!$.trim()) break;
              }
              if ($.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || re.test($) || B.test($) || X.test($) || K.test($)) break;
              if (!this.options.pedantic && !le) {
                let j = f.replace(this.rules.other.nestedContainerMarkers, "");
                if (this.rules.block.fences.test(j) || this.rules.block.heading.test(j) || this.rules.block.hr.test(j)) break;
              }
              let je = !this.options.pedantic && /^ {0,3}(?:=+|-+) *$/.test(R) && this.rules.block.lheading.test(`${f}
${R}`) ? `    ${Z.replace(/^ {0,3}/, "")}` : R;
              p += `
` + je, le = true;
            }
            E = !R.trim(), e = e.substring(we.length + 1), f = Z.slice(T);
          }
        }
        let U = n.slice(k, r());
        i.loose || (c ? i.loose = true : this.rules.other.doubleBlankLine.test(U) && (c = true)), i.items.push({ type: "list_item", raw: U, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
      }
      let u = i.items.at(-1);
      if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
      else return;
      i.raw = n.slice(0, r()).trimEnd();
      let d = [];
      for (let h of i.items) if (this.lexer.state.top = false, d.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i.loose) {
        let p = h.tokens.filter((m) => m.type === "space"), k = p.length > 0 && p.some((m) => this.rules.other.anyLine.test(m.raw));
        i.loose = k;
      }
      for (let h = 0; h < i.items.length; h++) {
        let p = i.items[h], k = p.tokens[0];
        if (p.task && (k?.type === "text" || k?.type === "paragraph")) {
          p.text = p.text.replace(this.rules.other.listReplaceTask, ""), k.raw = k.raw.replace(this.rules.other.listReplaceTask, ""), k.text = k.text.replace(this.rules.other.listReplaceTask, "");
          let m = this.lexer.inlineQueue;
          for (let f = d[h]; f < m.length; f++) if (m[f].tokens === k.tokens) {
            m[f].src = m[f].src.replace(this.rules.other.listReplaceTask, "");
            break;
          }
          let b = this.rules.other.listTaskCheckbox.exec(p.raw);
          if (b) {
            let f = { type: "checkbox", raw: b[0] + " ", checked: b[0] !== "[ ]" };
            p.checked = f.checked, i.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = f.raw + p.tokens[0].raw, p.tokens[0].text = f.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(f)) : p.tokens.unshift({ type: "paragraph", raw: f.raw, text: f.raw, tokens: [f] }) : p.tokens.unshift(f);
          }
        } else p.task && (p.task = false);
      }
      if (i.loose) for (let h of i.items) {
        h.loose = true;
        for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) {
      if (this.lexer.state.lastToken?.type === "paragraph" && !this.rules.other.htmlBeginRegex(4).test(e)) return;
      let n = Re(t[0]);
      return { type: "html", block: true, raw: n, pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: n };
    }
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      if (!this.rules.other.startAngleBracket.test(t[2]) && Te(t[2], "()") !== -1) return;
      let n = W(t[1]), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", s = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n, raw: C(t[0], `
`), href: r, title: s };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n = be(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), s = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], o = { type: "table", raw: C(t[0], `
`), header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let i of r) this.rules.other.tableAlignRight.test(i) ? o.align.push("right") : this.rules.other.tableAlignCenter.test(i) ? o.align.push("center") : this.rules.other.tableAlignLeft.test(i) ? o.align.push("left") : o.align.push(null);
      for (let i = 0; i < n.length; i++) o.header.push({ text: n[i], tokens: this.lexer.inline(n[i]), header: true, align: o.align[i] });
      for (let i of s) o.rows.push(be(i, o.header.length).map((a, c) => ({ text: a, tokens: this.lexer.inline(a), header: false, align: o.align[c] })));
      return o;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) {
      let n = t[1].trim();
      return { type: "heading", raw: C(t[0], `
`), depth: t[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
    }
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    if (e.charCodeAt(0) !== 92) return;
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    if (this.lexer.state.linkParenPossible === false) return;
    let t = e.charCodeAt(0);
    if (t !== 91 && t !== 33) return;
    let n = this.rules.inline.link.exec(e);
    if (n) {
      let r = n[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, n[1], r, this.rules)) return;
      let s = n[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(s)) {
        if (!this.rules.other.endAngleBracket.test(s)) return;
        let c = C(s.slice(0, -1), "\\");
        if ((s.length - c.length) % 2 === 0) return;
      } else {
        let c = Te(n[2], "()");
        if (c === -2) return;
        if (c > -1) {
          let d = (n[0].indexOf("!") === 0 ? 5 : 4) + n[1].length + c;
          n[2] = n[2].substring(0, c), n[0] = n[0].substring(0, d).trim(), n[3] = "";
        }
      }
      let o = C(n[0].slice(0, -1), "\\");
      if ((n[0].length - o.length) % 2 === 0) return;
      let i = n[2], a = "";
      if (this.options.pedantic) {
        let c = this.rules.other.pedanticHrefTitle.exec(i);
        c && (i = c[1], a = c[3]);
      } else a = n[3] ? n[3].slice(1, -1) : "";
      return i = i.trim(), this.rules.other.startAngleBracket.test(i) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s) ? i = i.slice(1) : i = i.slice(1, -1)), He(n, { href: i && i.replace(this.rules.inline.anyPunctuation, "$1"), title: a && a.replace(this.rules.inline.anyPunctuation, "$1") }, n[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n = e.charCodeAt(0);
    if (n !== 91 && n !== 33) return;
    let r;
    if ((r = this.rules.inline.reflink.exec(e)) || (r = this.rules.inline.nolink.exec(e))) {
      let s = r[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, r[1], s, this.rules)) return;
      let o = t[W(r[2] || r[1])];
      if (!o) {
        let i = r[0].charAt(0);
        return { type: "text", raw: i, text: i };
      }
      return He(r, o, r[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4]) return;
    let s = r[0][0], o = n === s, i = t.length - e.length, a = i;
    for (; !this.options.pedantic && a > 0 && t[a - 1] === s; ) a--;
    let c = [...t.slice(Math.max(0, a - 2), a)].at(-1) ?? "", u = c === "*" || c === "_" || !!this.rules.inline.punctuation.exec(c);
    a < i && (n = c);
    let d = a < i ? u : n === "*" || n === "_" || !!this.rules.inline.punctuation.exec(n);
    if (r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    let h = r[1] || r[3] || "";
    if (!h || !n || d) {
      let p = [...r[0]].length - 1, k, m, b = p, f = 0, R = i - a + p, E = !this.options.pedantic && !!c.trim() && (!!h || s === "*" && !u);
      if (s !== "*" && s !== "_") return;
      let T = s === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd, U = oe(this, t, s), H = t.length - e.length + p;
      if (U < H) return;
      t = t.slice(-1 * e.length + p);
      let K = U - H;
      for (T.lastIndex = 0; (r = T.exec(t)) !== null && !(r.index > K); ) {
        if (k = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !k) continue;
        if (m = [...k].length, r[3] || r[4]) {
          b += m;
          continue;
        } else if ((r[5] || r[6] || E) && R % 3 && !((R + m) % 3)) {
          if (o && (r[5] || r[6])) break;
          f += m;
          continue;
        }
        if (b -= m, b > 0) continue;
        m = Math.min(m, m + b + f);
        let re = [...r[0]][0].length, B = e.slice(0, p + r.index + re + m);
        if (Math.min(p, m) % 2) {
          let se = B.slice(1, -1);
          return { type: "em", raw: B, text: se, tokens: this.lexer.inlineTokens(se) };
        }
        let X = B.slice(2, -2);
        return { type: "strong", raw: B, text: X, tokens: this.lexer.inlineTokens(X) };
      }
    }
  }
  codespan(e) {
    if (e.charCodeAt(0) !== 96) return;
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), s = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && s && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
    }
  }
  br(e) {
    let t = e.charCodeAt(0);
    if (t !== 32 && t !== 92 && t !== 10) return;
    let n = this.rules.inline.br.exec(e);
    if (n) return { type: "br", raw: n[0] };
  }
  del(e, t, n = "") {
    if (e.charCodeAt(0) !== 126) return;
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let o = [...r[0]].length - 1, i, a, c = o, u = this.rules.inline.delRDelim, d = ae(this, t), h = t.length - e.length + o;
      if (d < h) return;
      t = t.slice(-1 * e.length + o);
      let p = d - h;
      for (u.lastIndex = 0; (r = u.exec(t)) !== null && !(r.index > p); ) {
        if (i = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !i || (a = [...i].length, a !== o)) continue;
        if (r[3] || r[4]) {
          c += a;
          continue;
        }
        if (c -= a, c > 0) continue;
        a = Math.min(a, a + c);
        let k = [...r[0]][0].length, m = e.slice(0, o + r.index + k + a), b = m.slice(o, -o);
        return { type: "del", raw: m, text: b, tokens: this.lexer.inlineTokens(b) };
      }
    }
  }
  autolink(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n, r;
      return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t[2] === "@") n = t[0], r = "mailto:" + n;
      else {
        let s;
        do
          s = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (s !== t[0]);
        n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: n ? t[0] : De(t[0]), escaped: n };
    }
  }
};
var w = class l {
  tokens;
  options;
  state;
  inlineQueue;
  tokenizer;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || S, this.options.tokenizer = this.options.tokenizer || new _(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, linkEmitted: false, linkParenPossible: true, top: true };
    let t = { other: O, block: ee.normal, inline: F.normal };
    this.options.pedantic ? (t.block = ee.pedantic, t.inline = F.pedantic) : this.options.gfm && (t.block = ee.gfm, this.options.breaks ? t.inline = F.breaks : t.inline = F.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: ee, inline: F };
  }
  static lex(e, t) {
    return new l(t).lex(e);
  }
  static lexInline(e, t) {
    return new l(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(O.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n = this.inlineQueue[t];
      this.state.inRawBlock = false, this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n = false) {
    this.tokenizer.lexer = this;
    let r = this.state.lastToken;
    this.options.pedantic && (e = e.replace(O.tabCharGlobal, "    ").replace(O.spaceLine, ""));
    let s = 1 / 0, o, i = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === _.prototype.paragraph;
    for (; e; ) {
      if (e.length < s) s = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      this.state.lastToken = t.at(-1);
      let a;
      if (this.options.extensions?.block?.some((u) => (a = u.call({ lexer: this }, e, t)) ? (e = e.substring(a.raw.length), t.push(a), true) : false)) continue;
      if (a = this.tokenizer.space(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        a.raw.length === 1 && u !== void 0 ? u.raw += `
` : t.push(a);
        continue;
      }
      if (a = this.tokenizer.code(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (a = this.tokenizer.fences(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.heading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.hr(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.blockquote(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.list(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.html(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.def(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a.tag] || (this.tokens.links[a.tag] = { href: a.href, title: a.title }), t.push(a));
        continue;
      }
      if (a = this.tokenizer.table(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.lheading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startBlock) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startBlock.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (this.state.top && (a = this.tokenizer.paragraph(c))) {
        let u = t.at(-1);
        (n || u === o && i) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o = u) : (t.push(a), o = a), n = c.length !== e.length, e = e.substring(a.raw.length);
        continue;
      }
      if (a = this.tokenizer.text(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return this.state.top = true, this.state.lastToken = r, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  linkInText(e) {
    if (!e.includes("[")) return false;
    let t = this.tokenizer.rules.inline.link;
    for (let n of e.matchAll(this.tokenizer.rules.inline.blockSkip)) if (t.test(n[0]) && e.charAt(n.index - 1) !== "!") return true;
    for (let n of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)) {
      let r = n[0], s = r.lastIndexOf("[");
      if (!(r.charAt(0) === "!" || !Object.hasOwn(this.tokens.links, W(r.slice(s + 1, -1)))) && !(s > 1 && this.linkInText(r.slice(1, s - 1)))) return true;
    }
    return false;
  }
  inlineTokens(e, t = []) {
    this.tokenizer.lexer = this;
    let n = this.state.linkParenPossible;
    this.state.linkParenPossible = e.includes(")");
    try {
      return this.#t(e, t);
    } finally {
      this.state.linkParenPossible = n;
    }
  }
  #t(e, t) {
    let n = e.includes("*") || e.includes("_") || e.includes("~"), r = n || this.options.hooks?.emStrongMask || this.tokenizer.emStrong !== _.prototype.emStrong || this.tokenizer.del !== _.prototype.del ? this.#r(e) : e;
    if (!n) return this.#e(e, r, t);
    qe(this.tokenizer, r);
    try {
      return this.#e(e, r, t);
    } finally {
      ve(this.tokenizer);
    }
  }
  #e(e, t, n) {
    let r = false, s = "", o = 1 / 0;
    for (; e; ) {
      if (e.length < o) o = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      r || (s = ""), r = false;
      let i;
      if (this.options.extensions?.inline?.some((u) => (i = u.call({ lexer: this }, e, n)) ? (e = e.substring(i.raw.length), n.push(i), true) : false)) continue;
      if (i = this.tokenizer.escape(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.tag(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.link(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(i.raw.length);
        let u = n.at(-1);
        i.type === "text" && u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      let a = e[0];
      if (a === "*" || a === "_") {
        let u = t.length - e.length;
        if (oe(this.tokenizer, t, a) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === a.charCodeAt(0); ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      } else if (a === "~") {
        let u = t.length - e.length;
        if (ae(this.tokenizer, t) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === 126; ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      }
      if (i = this.tokenizer.emStrong(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.codespan(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.br(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.del(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.autolink(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (!this.state.inLink && (i = this.tokenizer.url(e))) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startInline) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startInline.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (i = this.tokenizer.inlineText(c)) {
        e = e.substring(i.raw.length), i.raw.slice(-1) !== "_" && (s = i.raw.slice(-1)), r = true;
        let u = n.at(-1);
        u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return n;
  }
  #n(e) {
    let { blockSkip: t, tag: n, autolink: r } = this.tokenizer.rules.inline, s = "", o = 0, i;
    for (t.lastIndex = 0; i = t.exec(e); ) {
      let a = i.index + (i[2] ? i[2].length : 0), c = i.index + i[0].length;
      if (e.charAt(a) === "<") {
        let u = e.slice(a), d = n.exec(u) || r.exec(u);
        if (!d) {
          t.lastIndex = a + 1;
          continue;
        }
        c = a + d[0].length, t.lastIndex = c;
      }
      s += e.slice(o, a) + "[" + "a".repeat(c - a - 2) + "]", o = c;
    }
    return s + e.slice(o);
  }
  #r(e) {
    let t = e;
    if (this.tokens.links && e.includes("[")) {
      let n = this.tokenizer.rules.inline.reflinkSearch, r = (s) => {
        let o = s.lastIndexOf("[");
        if (!Object.hasOwn(this.tokens.links, W(s.slice(o + 1, -1)))) return s;
        if (o > 1 && s.charAt(0) !== "!") {
          let i = s.slice(1, o - 1);
          if (this.linkInText(i)) return "[" + i.replace(n, r) + "][" + "a".repeat(s.length - o - 2) + "]";
        }
        return "[" + "a".repeat(s.length - 2) + "]";
      };
      t = t.replace(n, r);
    }
    return t = t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode, (n, r, s) => s ? "+".repeat(n.length) : r ? r + n.slice(r.length, -r.length).replace(/`/g, "+") + r : n), t = this.#n(t), t = this.options.hooks?.emStrongMask?.call({ lexer: this }, t) ?? t, t;
  }
  infiniteLoopError(e) {
    let t = "Infinite loop on byte: " + e;
    if (this.options.silent) console.error(t);
    else throw new Error(t);
  }
};
var I = class {
  options;
  parser;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n }) {
    let r = (t || "").match(O.notSpaceStart)?.[0], s = e ? e.replace(O.endingNewline, "") + `
` : "";
    return r ? '<pre><code class="language-' + y(r) + '">' + (n ? s : y(s, true)) + `</code></pre>
` : "<pre><code>" + (n ? s : y(s, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n = e.start, r = "";
    for (let i = 0; i < e.items.length; i++) {
      let a = e.items[i];
      r += this.listitem(a);
    }
    let s = t ? "ol" : "ul", o = t && n !== 1 ? ' start="' + n + '"' : "";
    return "<" + s + o + `>
` + r + "</" + s + `>
`;
  }
  listitem(e) {
    return `<li>${this.parser.parse(e.tokens)}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n = "";
    for (let s = 0; s < e.header.length; s++) n += this.tablecell(e.header[s]);
    t += this.tablerow({ text: n });
    let r = "";
    for (let s = 0; s < e.rows.length; s++) {
      let o = e.rows[s];
      n = "";
      for (let i = 0; i < o.length; i++) n += this.tablecell(o[i]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${y(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, text: n, tokens: r, autolink: s }) {
    let o = s ? y(n, true) : this.parser.parseInline(r), i = xe(e);
    if (i === null) return o;
    e = y(i, s);
    let a = '<a href="' + e + '"';
    return t && (a += ' title="' + y(t) + '"'), a += ">" + o + "</a>", a;
  }
  image({ href: e, title: t, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let s = xe(e);
    if (s === null) return y(n);
    e = s;
    let o = `<img src="${y(e)}" alt="${y(n)}"`;
    return t && (o += ` title="${y(t)}"`), o += ">", o;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : y(e.text);
  }
};
var z = class {
  parser;
  strong({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  em({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  image({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  br() {
    return `
`;
  }
  checkbox({ raw: e }) {
    return e;
  }
};
var P = class l2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || S, this.options.renderer = this.options.renderer || new I(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new z(), this.textRenderer.parser = this;
  }
  static parse(e, t) {
    return new l2(t).parse(e);
  }
  static parseInline(e, t) {
    return new l2(t).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t = "";
    for (let n = 0; n < e.length; n++) {
      let r = e[n];
      if (this.options.extensions?.renderers?.[r.type]) {
        let o = r, i = this.options.extensions.renderers[o.type].call({ parser: this }, o);
        if (i !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(o.type)) {
          t += i === false ? "" : i ?? "";
          continue;
        }
      }
      let s = r;
      switch (s.type) {
        case "space": {
          t += this.renderer.space(s);
          break;
        }
        case "hr": {
          t += this.renderer.hr(s);
          break;
        }
        case "heading": {
          t += this.renderer.heading(s);
          break;
        }
        case "code": {
          t += this.renderer.code(s);
          break;
        }
        case "table": {
          t += this.renderer.table(s);
          break;
        }
        case "blockquote": {
          t += this.renderer.blockquote(s);
          break;
        }
        case "list": {
          t += this.renderer.list(s);
          break;
        }
        case "checkbox": {
          t += this.renderer.checkbox(s);
          break;
        }
        case "html": {
          t += this.renderer.html(s);
          break;
        }
        case "def": {
          t += this.renderer.def(s);
          break;
        }
        case "paragraph": {
          t += this.renderer.paragraph(s);
          break;
        }
        case "text": {
          t += this.renderer.text(s);
          break;
        }
        default: {
          let o = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(o), "";
          throw new Error(o);
        }
      }
    }
    return t;
  }
  parseInline(e, t = this.renderer) {
    this.renderer.parser = this;
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let s = e[r];
      if (this.options.extensions?.renderers?.[s.type]) {
        let i = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (i !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s.type)) {
          n += i === false ? "" : i ?? "";
          continue;
        }
      }
      let o = s;
      switch (o.type) {
        case "escape": {
          n += t.text(o);
          break;
        }
        case "html": {
          n += t.html(o);
          break;
        }
        case "link": {
          n += t.link(o);
          break;
        }
        case "image": {
          n += t.image(o);
          break;
        }
        case "checkbox": {
          n += t.checkbox(o);
          break;
        }
        case "strong": {
          n += t.strong(o);
          break;
        }
        case "em": {
          n += t.em(o);
          break;
        }
        case "codespan": {
          n += t.codespan(o);
          break;
        }
        case "br": {
          n += t.br(o);
          break;
        }
        case "del": {
          n += t.del(o);
          break;
        }
        case "text": {
          n += t.text(o);
          break;
        }
        default: {
          let i = 'Token with "' + o.type + '" type was not found.';
          if (this.options.silent) return console.error(i), "";
          throw new Error(i);
        }
      }
    }
    return n;
  }
};
var A = class {
  options;
  block;
  constructor(e) {
    this.options = e || S;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer(e = this.block) {
    return e ? w.lex : w.lexInline;
  }
  provideParser(e = this.block) {
    return e ? P.parse : P.parseInline;
  }
};
function M(l3, e) {
  if (Array.isArray(e)) for (let t = 0; t < e.length; t++) l3.push(e[t]);
  else l3.push(e);
}
var ne = class {
  defaults = G();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = P;
  Renderer = I;
  TextRenderer = z;
  Lexer = w;
  Tokenizer = _;
  Hooks = A;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n = [];
    for (let r of e) switch (M(n, t.call(this, r)), r.type) {
      case "table": {
        let s = r;
        for (let o of s.header) M(n, this.walkTokens(o.tokens, t));
        for (let o of s.rows) for (let i of o) M(n, this.walkTokens(i.tokens, t));
        break;
      }
      case "list": {
        let s = r;
        M(n, this.walkTokens(s.items, t));
        break;
      }
      default: {
        let s = r;
        this.defaults.extensions?.childTokens?.[s.type] ? this.defaults.extensions.childTokens[s.type].forEach((o) => {
          let i = s[o].flat(1 / 0);
          M(n, this.walkTokens(i, t));
        }) : s.tokens && M(n, this.walkTokens(s.tokens, t));
      }
    }
    return n;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: /* @__PURE__ */ Object.create(null), childTokens: /* @__PURE__ */ Object.create(null) };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((s) => {
        if (!s.name) throw new Error("extension name required");
        if ("renderer" in s) {
          let o = t.renderers[s.name];
          o ? t.renderers[s.name] = function(...i) {
            let a = s.renderer.apply(this, i);
            return a === false && (a = o.apply(this, i)), a;
          } : t.renderers[s.name] = s.renderer;
        }
        if ("tokenizer" in s) {
          if (!s.level || s.level !== "block" && s.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let o = t[s.level];
          o ? o.unshift(s.tokenizer) : t[s.level] = [s.tokenizer], s.start && (s.level === "block" ? t.startBlock ? t.startBlock.push(s.start) : t.startBlock = [s.start] : s.level === "inline" && (t.startInline ? t.startInline.push(s.start) : t.startInline = [s.start]));
        }
        "childTokens" in s && s.childTokens && (t.childTokens[s.name] = s.childTokens);
      }), r.extensions = t), n.renderer) {
        let s = this.defaults.renderer || new I(this.defaults);
        for (let o in n.renderer) {
          if (!(o in s)) throw new Error(`renderer '${o}' does not exist`);
          if (["options", "parser"].includes(o)) continue;
          let i = o, a = n.renderer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d === false ? "" : d ?? "";
          };
        }
        r.renderer = s;
      }
      if (n.tokenizer) {
        let s = this.defaults.tokenizer || new _(this.defaults);
        for (let o in n.tokenizer) {
          if (!(o in s)) throw new Error(`tokenizer '${o}' does not exist`);
          if (["options", "rules", "lexer"].includes(o)) continue;
          let i = o, a = n.tokenizer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.tokenizer = s;
      }
      if (n.hooks) {
        let s = this.defaults.hooks || new A();
        for (let o in n.hooks) {
          if (!(o in s)) throw new Error(`hook '${o}' does not exist`);
          if (["options", "block"].includes(o)) continue;
          let i = o, a = n.hooks[i], c = s[i];
          A.passThroughHooks.has(o) ? s[i] = (u) => {
            if (s.options.async && A.passThroughHooksRespectAsync.has(o)) return (async () => {
              let h = await a.call(s, u);
              return c.call(s, h);
            })();
            let d = a.call(s, u);
            return c.call(s, d);
          } : s[i] = (...u) => {
            if (s.options.async) return (async () => {
              let h = await a.apply(s, u);
              return h === false && (h = await c.apply(s, u)), h;
            })();
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.hooks = s;
      }
      if (n.walkTokens) {
        let s = this.defaults.walkTokens, o = n.walkTokens;
        r.walkTokens = function(i) {
          let a = [];
          return M(a, o.call(this, i)), s && M(a, s.call(this, i)), a;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return w.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return P.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n, r) => {
      let s = { ...r }, o = { ...this.defaults, ...s }, i = this.onError(!!o.silent, !!o.async);
      if (this.defaults.async === true && s.async === false) return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return i(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return i(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (o.hooks && (o.hooks.options = o, o.hooks.block = e), o.async) return (async () => {
        let a = o.hooks ? await o.hooks.preprocess(n) : n, u = await (o.hooks ? await o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(a, o), d = o.hooks ? await o.hooks.processAllTokens(u) : u;
        o.walkTokens && await Promise.all(this.walkTokens(d, o.walkTokens));
        let p = await (o.hooks ? await o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(d, o);
        return o.hooks ? await o.hooks.postprocess(p) : p;
      })().catch(i);
      try {
        o.hooks && (n = o.hooks.preprocess(n));
        let c = (o.hooks ? o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(n, o);
        o.hooks && (c = o.hooks.processAllTokens(c)), o.walkTokens && this.walkTokens(c, o.walkTokens);
        let d = (o.hooks ? o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(c, o);
        return o.hooks && (d = o.hooks.postprocess(d)), d;
      } catch (a) {
        return i(a);
      }
    };
  }
  onError(e, t) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + y(n.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n);
      throw n;
    };
  }
};
var v = new ne();
function x(l3, e) {
  return v.parse(l3, e);
}
x.options = x.setOptions = function(l3) {
  return v.setOptions(l3), x.defaults = v.defaults, ue(x.defaults), x;
};
x.getDefaults = G;
x.defaults = S;
function jt(...l3) {
  return v.use(...l3), x.defaults = v.defaults, ue(x.defaults), x;
}
x.use = jt;
x.walkTokens = function(l3, e) {
  return v.walkTokens(l3, e);
};
x.parseInline = v.parseInline;
x.Parser = P;
x.parser = P.parse;
x.Renderer = I;
x.TextRenderer = z;
x.Lexer = w;
x.lexer = w.lex;
x.Tokenizer = _;
x.Hooks = A;
x.parse = x;
var En = x.options;
var zn = x.setOptions;
var Mn = x.walkTokens;
var Bn = x.parseInline;
var qn = P.parse;
var vn = w.lex;

// src/specs/phone.ts
var PHONE_WIDTH = 320;
var PHONE_MAX_VIEWPORT = 520;
var PHONE_PLOT_HEIGHT = 240;
var TEXT = 11;
var TITLE = 15;
function wrap(text, chars) {
  const lines2 = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines2.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines2.push(line);
  return lines2;
}
var charsIn = (width, px, bold = false) => Math.floor(width / (px * (bold ? 0.66 : 0.6)));
var lines = (value) => Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
function phoneTitle(title) {
  if (!title || typeof title !== "object") return title;
  const t = title;
  return {
    ...t,
    text: lines(t.text).flatMap((l3) => wrap(l3, charsIn(PHONE_WIDTH, TITLE, true))),
    subtitle: lines(t.subtitle).flatMap((l3) => wrap(l3, charsIn(PHONE_WIDTH, TEXT)))
  };
}
var LEGEND_CHANNELS = ["color", "fill", "stroke", "size", "shape", "opacity"];
function phoneLegend(legend, labels) {
  if (legend === null) return null;
  const base = legend ?? {};
  if (base.type === "gradient" || labels.length === 0) {
    return { ...base, orient: "bottom", direction: "horizontal", gradientLength: PHONE_WIDTH - 120, titleOrient: "left" };
  }
  const longest = Math.max(...labels.map((l3) => l3.length));
  return { ...base, orient: "bottom", direction: "horizontal", columns: longest <= 16 ? 2 : 1, labelLimit: PHONE_WIDTH - 90 };
}
function phoneAxis(axis, type, channel) {
  if (axis === null) return null;
  const out = { ...axis ?? {} };
  if (out.values === void 0 && out.tickCount === void 0 && type === "quantitative") out.tickCount = channel === "x" ? 4 : 5;
  if (typeof out.tickCount === "number" && out.tickCount > 5) out.tickCount = 5;
  if (channel === "x" && (type === "ordinal" || type === "nominal")) {
    out.labelAngle = -90;
    out.labelOverlap = "parity";
  }
  if (typeof out.labelLimit === "number" && out.labelLimit > PHONE_WIDTH / 2) out.labelLimit = Math.round(PHONE_WIDTH * 0.45);
  if (typeof out.labelFontSize === "number" && out.labelFontSize < TEXT) out.labelFontSize = TEXT;
  return out;
}
function legendLabels(encoding) {
  const domain = encoding.scale?.domain;
  return Array.isArray(domain) && domain.every((d) => typeof d === "string") ? domain : [];
}
var rowsOf = (node) => {
  const values = node.data?.values;
  return Array.isArray(values) ? values : void 0;
};
function usePhoneField(enc, rows) {
  const field = enc.field;
  if (typeof field !== "string" || !rows?.some((row) => `${field}Phone` in row)) return;
  const phoneOf = new Map(rows.map((row) => [row[field], row[`${field}Phone`]]));
  enc.field = `${field}Phone`;
  const scale = enc.scale;
  if (scale && Array.isArray(scale.domain)) enc.scale = { ...scale, domain: scale.domain.map((d) => phoneOf.has(d) ? phoneOf.get(d) : d) };
}
function phoneEncoding(encoding, rows, plot) {
  const out = {};
  for (const [channel, value] of Object.entries(encoding)) {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      out[channel] = value;
      continue;
    }
    const enc = { ...value };
    usePhoneField(enc, rows);
    if ((channel === "y" || channel === "y2") && typeof enc.value === "number") enc.value = Math.round(enc.value * plot.height / plot.desktop);
    if ((channel === "x" || channel === "y") && "field" in enc) {
      enc.axis = phoneAxis(enc.axis, enc.type, channel);
      if (typeof enc.title === "string") enc.title = wrap(enc.title, charsIn(channel === "x" ? plot.width : plot.height, TEXT));
    }
    if (LEGEND_CHANNELS.includes(channel) && "field" in enc) enc.legend = phoneLegend(enc.legend, legendLabels(enc));
    out[channel] = enc;
  }
  return out;
}
function phoneMark(mark) {
  if (!mark || typeof mark !== "object") return mark;
  const m = mark;
  if (m.type !== "text") return m;
  return { ...m, lineBreak: "\n", fontSize: Math.max(TEXT, typeof m.fontSize === "number" ? m.fontSize : TEXT) };
}
var isBandX = (node) => {
  const x2 = node.encoding?.x;
  return x2?.type === "ordinal" || x2?.type === "nominal";
};
function phoneNode(node, plot, inherited) {
  const rows = rowsOf(node) ?? inherited;
  if (node.mark?.type === "text" && isBandX(node)) return void 0;
  const out = { ...node };
  if (node.mark !== void 0) out.mark = phoneMark(node.mark);
  if (node.encoding) out.encoding = phoneEncoding(node.encoding, rows, plot);
  if (Array.isArray(node.layer)) out.layer = node.layer.map((layer) => phoneNode(layer, plot, rows)).filter((layer) => layer !== void 0);
  return out;
}
function phoneLayout(spec) {
  const desktop = spec;
  const config = desktop.config ?? {};
  const ownHeight = desktop.usermeta?.layout === "phone";
  const height = typeof desktop.height === "number" ? ownHeight ? desktop.height : Math.round(desktop.height * PHONE_PLOT_HEIGHT / HEIGHT) : PHONE_PLOT_HEIGHT;
  const plot = { width: PHONE_WIDTH - 90, height, desktop: typeof desktop.height === "number" && !ownHeight ? desktop.height : height };
  const phone = phoneNode(desktop, plot, void 0);
  return {
    ...phone,
    width: PHONE_WIDTH,
    height,
    // The whole chart, axes and legends included, is the column's width.
    autosize: { type: "fit-x", contains: "padding" },
    padding: 4,
    title: phoneTitle(desktop.title),
    config: {
      ...config,
      title: { ...config.title ?? {}, fontSize: TITLE, subtitleFontSize: TEXT, subtitleLineHeight: 14, lineHeight: 18, offset: 8 },
      axis: { ...config.axis ?? {}, labelFontSize: TEXT, titleFontSize: TEXT, titlePadding: 4 },
      legend: { ...config.legend ?? {}, labelFontSize: TEXT, titleFontSize: TEXT, symbolSize: 80, rowPadding: 3 }
    }
  };
}

// src/site/search.ts
var LEAF_ROWS = 4e3;
var TOP_ROWS = 100;
var MIN_PREFIX = 2;
var MAX_PREFIX = 40;
var TOKEN_BATCHES = 6;
function shardName(prefix, top = false) {
  return `${Buffer.from(prefix, "utf8").toString("hex")}${top ? ".top" : ""}.json`;
}
function tokensOf(id) {
  const lower = id.toLowerCase();
  const slash = lower.indexOf("/");
  const tokens = slash === -1 ? [lower] : [lower, lower.slice(slash + 1)];
  const padded = tokens.map((t) => t.length < MIN_PREFIX ? t.padEnd(MIN_PREFIX, " ") : t);
  return padded[1] === padded[0] ? [padded[0]] : padded;
}
function* searchShards(source) {
  const perFirst = /* @__PURE__ */ new Map();
  for (let i = 0; i < source.size; i++) {
    for (const token of tokensOf(source.id(i))) perFirst.set(token.charCodeAt(0), (perFirst.get(token.charCodeAt(0)) ?? 0) + 1);
  }
  const batches = [];
  const perBatch = Math.max(1, Math.ceil([...perFirst.values()].reduce((a, b) => a + b, 0) / TOKEN_BATCHES));
  let held = 0;
  for (const code of [...perFirst.keys()].sort((a, b) => a - b)) {
    const last = batches.at(-1);
    if (last && held + perFirst.get(code) <= perBatch) last[1] = code;
    else {
      batches.push([code, code]);
      held = 0;
    }
    held += perFirst.get(code);
  }
  let tokens = [];
  let owners = [];
  let order = new Int32Array(0);
  const sortBatch = (from, to) => {
    tokens = [];
    owners = [];
    for (let i = 0; i < source.size; i++) {
      for (const token of tokensOf(source.id(i))) {
        const first = token.charCodeAt(0);
        if (first < from || first > to) continue;
        tokens.push(token);
        owners.push(i);
      }
    }
    order = new Int32Array(tokens.length);
    for (let k = 0; k < order.length; k++) order[k] = k;
    order.sort((a, b) => {
      const x2 = tokens[a];
      const y2 = tokens[b];
      return x2 < y2 ? -1 : x2 > y2 ? 1 : owners[a] - owners[b];
    });
  };
  const seen = new Int32Array(source.size).fill(-1);
  let stamp = 0;
  const modelsOf = (start, end) => {
    stamp++;
    const models = [];
    for (let k = start; k < end; k++) {
      const owner = owners[order[k]];
      if (seen[owner] !== stamp) {
        seen[owner] = stamp;
        models.push(owner);
      }
    }
    return models;
  };
  const index = { minPrefix: MIN_PREFIX, sinceMeasured: source.sinceMeasured, nodes: {} };
  const bestOfAll = (models) => {
    const keep = /* @__PURE__ */ new Set();
    for (const key of source.keys) for (const i of best(models, key, TOP_ROWS)) keep.add(i);
    return [...keep];
  };
  const visit = function* (start, end, length) {
    const pool = [];
    let k = start;
    while (k < end) {
      const token = tokens[order[k]];
      if (token.length < length) {
        k++;
        continue;
      }
      const prefix = token.slice(0, length);
      let groupEnd = k + 1;
      while (groupEnd < end && tokens[order[groupEnd]].startsWith(prefix)) groupEnd++;
      const models = modelsOf(k, groupEnd);
      if (models.length <= LEAF_ROWS || length >= MAX_PREFIX) {
        index.nodes[prefix] = { n: models.length, split: false };
        yield { name: shardName(prefix), rows: models.sort((a, b) => a - b).map((i) => source.row(i)) };
        for (const i of bestOfAll(models)) pool.push(i);
      } else {
        const shared = commonPrefix(tokens[order[k]], tokens[order[groupEnd - 1]]);
        const next = Math.max(length + 1, shared + 1);
        index.nodes[prefix] = { n: models.length, split: true, next };
        const exact = [];
        for (let j = k; j < groupEnd && tokens[order[j]].length < next; j++) exact.push(owners[order[j]]);
        const candidates = yield* visit(k, groupEnd, next);
        const unique = new Set(candidates);
        for (const i of exact) unique.add(i);
        const top = new Set(exact);
        for (const i of bestOfAll([...unique].sort((a, b) => a - b))) top.add(i);
        yield { name: shardName(prefix, true), rows: [...top].sort((a, b) => a - b).map((i) => source.row(i)) };
        for (const i of top) pool.push(i);
      }
      k = groupEnd;
    }
    return pool;
  };
  for (const [from, to] of batches) {
    sortBatch(from, to);
    yield* visit(0, order.length, MIN_PREFIX);
  }
  yield { name: "index.json", index };
}
function best(models, key, count) {
  if (models.length <= count) return [...models];
  const scores = new Float64Array(models.length);
  for (let j = 0; j < models.length; j++) scores[j] = key(models[j]);
  const threshold = scores.slice().sort()[models.length - count];
  const above = [];
  const at2 = [];
  for (let j = 0; j < models.length; j++) {
    if (scores[j] > threshold) above.push(models[j]);
    else if (scores[j] === threshold) at2.push(models[j]);
  }
  at2.sort((a, b) => a - b);
  return [...above, ...at2.slice(0, count - above.length)];
}
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

// src/site/specs.ts
var POINTS_PER_SCATTER = 1500;
var asSpec = (spec) => spec;
function withTooltips(spec) {
  const mark = (m) => typeof m === "string" ? { type: m, tooltip: true } : { ...m, tooltip: true };
  const visit = (node) => {
    const out = { ...node };
    if (out.mark !== void 0 && out.mark.type !== "text" && out.mark !== "text") out.mark = mark(out.mark);
    if (Array.isArray(out.layer)) out.layer = out.layer.map(visit);
    return out;
  };
  return visit(spec);
}
function withZoom(spec) {
  const zoom = { name: "zoom", select: { type: "interval", encodings: ["x"] }, bind: "scales" };
  const hasX = (node) => Boolean(node.encoding?.x?.field);
  if (Array.isArray(spec.layer)) {
    if (!hasX(spec.layer[0])) return spec;
    const [first, ...rest] = spec.layer;
    return { ...spec, layer: [{ ...first, params: [zoom] }, ...rest] };
  }
  if (!hasX(spec)) return spec;
  return { ...spec, params: [...spec.params ?? [], zoom] };
}
function withLegendFilter(spec, field) {
  const encoding = spec.encoding;
  return {
    ...spec,
    params: [...spec.params ?? [], { name: "pick", select: { type: "point", fields: [field] }, bind: "legend" }],
    encoding: { ...encoding, opacity: { condition: { param: "pick", value: 1 }, value: 0.15 } }
  };
}
function browserFonts(spec) {
  return { ...spec, config: { ...spec.config, font: "system-ui, sans-serif" } };
}
function densitySpec(input, context, title, notes, coordinates, cell, axes) {
  const { stats, ids } = input;
  const cells = /* @__PURE__ */ new Map();
  const candidates = [];
  for (let i = 0; i < stats.length; i++) {
    const at2 = coordinates(i);
    if (!at2) continue;
    const key = `${Math.floor(at2[0] / cell[0])},${Math.floor(at2[1] / cell[1])}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    candidates.push(i);
  }
  if (candidates.length === 0) return asSpec(waitingSpec(chartFrame(context, title, notes), "No model to draw here yet."));
  const density = [...cells].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([key, models]) => {
    const [cx, cy] = key.split(",").map(Number);
    return { x: cx * cell[0], x2: (cx + 1) * cell[0], y: cy * cell[1], y2: (cy + 1) * cell[1], models };
  });
  const rank = (score) => [...candidates].sort((a, b) => score(b) - score(a) || a - b).slice(0, POINTS_PER_SCATTER / 2);
  const chosen = [.../* @__PURE__ */ new Set([...rank((i) => stats.downloads[i]), ...rank((i) => stats.likes[i])])].sort((a, b) => a - b);
  const points = chosen.map((i) => {
    const [x2, y2] = coordinates(i);
    return { x: x2, y: y2, model: ids?.[i] ?? "", downloads: stats.downloads[i], likes: stats.likes[i], created: new Date(stats.createdAt[i]).toISOString().slice(0, 10) };
  });
  const axisOf = (a) => a.temporal ? { format: "%Y", tickCount: { interval: "year" } } : { labelExpr: a.labelExpr, ...a.values ? { values: a.values } : {} };
  const xEnc = (field) => ({ field, type: axes[0].temporal ? "temporal" : "quantitative", scale: axes[0].temporal ? { type: "utc" } : { zero: false }, title: axes[0].title, axis: axisOf(axes[0]) });
  const yEnc = (field) => ({ field, type: "quantitative", scale: { zero: false }, title: axes[1].title, axis: axisOf(axes[1]) });
  return {
    // Short lines: a line wider than the plot runs past the chart when the chart is scaled to a phone.
    ...chartFrame(context, title, [...notes, "Cells: every model (colour: how many, log scale).", `Points: the ${points.length} most downloaded and most liked; hover one to see which.`]),
    layer: [
      {
        data: { values: density },
        mark: { type: "rect", tooltip: true },
        encoding: {
          x: xEnc("x"),
          x2: { field: "x2" },
          y: yEnc("y"),
          y2: { field: "y2" },
          color: { field: "models", type: "quantitative", title: "Models", scale: { type: "log", scheme: "greys" } }
        }
      },
      {
        data: { values: points },
        params: axes[0].temporal ? [{ name: "zoom", select: { type: "interval", encodings: ["x"] }, bind: "scales" }] : [],
        mark: { type: "point", filled: true, size: 28, color: "#e45756", opacity: 0.8 },
        encoding: {
          x: xEnc("x"),
          y: yEnc("y"),
          tooltip: [{ field: "model", title: "Model" }, { field: "downloads", title: "30-day downloads", format: "," }, { field: "likes", title: "Likes", format: "," }, { field: "created", title: "Created" }]
        }
      }
    ]
  };
}
var LOG_LABEL = "format(round(pow(10, datum.value) - 1), '~s')";
var logTicks = (values) => values.map((v2) => Math.log10(1 + v2));
function siteSpecs(input, context) {
  const { stats } = input;
  const specs = {
    weekly: withZoom(withTooltips(asSpec(weeklySpec(stats, context)))),
    storage: densitySpec(
      input,
      context,
      "Used storage vs Spaces",
      [`Storage known for ${stats.usedStorage.filter((bytes) => !Number.isNaN(bytes)).length.toLocaleString("en-US")} models. Spaces are capped at ${SPACES_CAP}.`],
      (i) => {
        const bytes = stats.usedStorage[i];
        return bytes > 0 ? [Math.log10(bytes), Math.log10(1 + stats.spaces[i])] : void 0;
      },
      [0.1, 0.1],
      [
        { field: "x", title: "Used storage (bytes, log scale)", labelExpr: "format(pow(10, datum.value), '.0s') + 'B'", values: [5, 6, 7, 8, 9, 10, 11, 12, 13] },
        { field: "y", title: "Spaces using the model (log scale)", labelExpr: LOG_LABEL, values: logTicks([0, 1, 2, 5, 10, 20, 50, 100]) }
      ]
    ),
    downloads: densitySpec(
      input,
      context,
      "30-day downloads vs creation date",
      ["Placeholder-dated models (and any dated after the snapshot) are left out."],
      (i) => {
        const createdAt = stats.createdAt[i];
        return isDatedCreation(createdAt, context.snapshotMs) ? [createdAt, Math.log10(1 + stats.downloads[i])] : void 0;
      },
      [14 * 864e5, 0.125],
      [
        { field: "x", title: "Created (UTC)", labelExpr: "", temporal: true },
        { field: "y", title: "Downloads in the last 30 days (log scale)", labelExpr: LOG_LABEL, values: logTicks([0, 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7]) }
      ]
    ),
    classes: withTooltips(asSpec(classesSpec(stats, context))),
    relations: withZoom(withLegendFilter(withTooltips(asSpec(relationsSpec(input.lineage, context))), "category")),
    families: familiesSite(input, context, "desktop"),
    snapshots: withTooltips(asSpec(snapshotsSpec(input.history, context))),
    lorenz: withTooltips(asSpec(lorenzSpec(input.market.concentration, context))),
    sizes: withTooltips(asSpec(sizesSpec(input.market.sizeOverTime, context))),
    weeklyDownloads: withZoom(withTooltips(asSpec(weeklyDownloadsSpec(input.history, context)))),
    // Layered over the week marks, with tooltips of their own.
    shareByAuthor: asSpec(shareSpec("author", input.trends, input.history, context)),
    shareByBase: asSpec(shareSpec("base", input.trends, input.history, context)),
    concentrationOverTime: asSpec(concentrationSpec(input.history, context)),
    ...input.tagMix ? { tags: withLegendFilter(withTooltips(asSpec(tagsSpec(input.tagMix, context))), "tag") } : {}
  };
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, browserFonts(spec)]));
}
function familiesSite(input, context, layout) {
  return withTooltips(asSpec(familiesSpec(input.lineage, context, layout)));
}
function phoneSpecs(input, context, specs) {
  const phone = { ...specs };
  if (phone.families) phone.families = browserFonts(familiesSite(input, context, "phone"));
  return Object.fromEntries(Object.entries(phone).map(([name, spec]) => [name, phoneLayout(spec)]));
}

// src/site/feed.ts
var FEED_FILE = "feed.xml";
var fmt = (n) => (n ?? 0).toLocaleString("en-US");
function latestDetail(findings) {
  const lines2 = [];
  const risers = findings.sincePrevious?.topRisers.slice(0, 3) ?? [];
  if (risers.length) lines2.push(`Fastest risers: ${risers.map((r) => `${r.id} (${fmt(r.downloads)} downloads in between, ${r.ratio.toLocaleString("en-US", { maximumFractionDigits: 1 })}\xD7 faster)`).join("; ")}.`);
  const family = [...findings.lineage.largestFamilies].sort((a, b) => b.shareOfRecentNew - a.shareOfRecentNew || a.root.localeCompare(b.root))[0];
  if (family && family.shareOfRecentNew > 0) {
    lines2.push(`The family with the most new models: ${family.root} (${(family.shareOfRecentNew * 100).toFixed(1)}% of the models created in ${findings.lineage.recentQuarters.join(" and ")}).`);
  }
  return lines2;
}
function atomFeed(options) {
  const { task, findings, siteUrl } = options;
  const rows = options.history.length ? [...options.history].reverse() : [{ Snapshot: findings.snapshot, Models: findings.totals.models }];
  const base = siteUrl ?? "./";
  const idOf = (snapshot) => siteUrl ? `${siteUrl}${snapshot ? `#snapshot-${snapshot}` : ""}` : `urn:hf-model-trends:${encodeURIComponent(task)}${snapshot ? `:${snapshot}` : ""}`;
  const entries = rows.map((row) => {
    const parts = [
      `${fmt(row.Models)} models` + (row["New Models"] !== null && row["New Models"] !== void 0 ? `, ${fmt(row["New Models"])} new and ${fmt(row["Removed Models"])} removed since the previous snapshot` : "") + (row["Downloads Since Previous"] !== null && row["Downloads Since Previous"] !== void 0 ? `; ${fmt(row["Downloads Since Previous"])} downloads in between` : "") + ".",
      ...row.Snapshot === findings.snapshot ? latestDetail(findings) : []
    ];
    return `  <entry>
    <id>${escapeHtml(idOf(row.Snapshot))}</id>
    <title>${escapeHtml(`Snapshot ${row.Snapshot}: ${fmt(row.Models)} ${task} models${row["New Models"] !== null && row["New Models"] !== void 0 ? `, ${fmt(row["New Models"])} new` : ""}`)}</title>
    <updated>${row.Snapshot}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${escapeHtml(base)}"/>
    <summary type="text">${escapeHtml(parts.join(" "))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeHtml(idOf())}</id>
  <title>${escapeHtml(`${task} models on the Hugging Face Hub: weekly snapshots`)}</title>
  <subtitle>${escapeHtml("Every public model of the pipeline tag, counted each week: new, removed, downloads in between.")}</subtitle>
  <updated>${rows[0]?.Snapshot ?? findings.snapshot}T00:00:00Z</updated>
  <author><name>hf-model-trends</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(siteUrl ? `${siteUrl}${FEED_FILE}` : FEED_FILE)}"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(base)}"/>
${entries.join("\n")}
</feed>
`;
}

// src/site/build.ts
var here = dirname(fileURLToPath(import.meta.url));
async function appAssets() {
  for (const dir of [join(here, "site"), join(here, "..", "site"), join(here, "..", "..", "dist", "site")]) {
    try {
      if ((await stat(join(dir, "app.js"))).isFile()) return dir;
    } catch {
    }
  }
  throw new Error(`the site's browser app is missing: it is built into dist/site/ (run "npm run build")`);
}
var CHART_TEXT = {
  weekly: (f) => `Models created per week and in total. Creation surge six months after ChatGPT: ${f.creationSurge.verdict}.`,
  storage: (f) => `Used storage against Spaces for the ${f.smallerMorePopular.modelsWithStorage.toLocaleString("en-US")} models whose storage is known. Smaller models more popular: ${f.smallerMorePopular.verdict}.`,
  downloads: (f) => `30-day downloads against creation date. Recent models downloaded more: ${f.recentDownloadedMore.verdict} (30-day window), ${f.recentDownloadedMore.perDay.verdict} (per day since creation).`,
  classes: (f) => `Models by 30-day downloads: ${f.popularityClasses.classes.map((c) => `${c.name} ${c.count.toLocaleString("en-US")}`).join(", ")}.`,
  relations: (f) => `New models per month by relation to their parent: ${(f.lineage.derivativeShare * 100).toFixed(1)}% of all models name a parent.`,
  families: (f) => `The largest model families by derivatives: ${f.lineage.largestFamilies.slice(0, 3).map((x2) => `${x2.root} (${x2.derivatives.toLocaleString("en-US")})`).join(", ")}.`,
  snapshots: () => "Models in each weekly snapshot, and downloads a week between consecutive snapshots.",
  lorenz: (f) => `How concentrated downloads are: the top 1% of models took ${(f.concentration.last30Days.top1PercentShare * 100).toFixed(1)}% of 30-day downloads (Gini ${f.concentration.last30Days.gini.toFixed(3)}).`,
  sizes: (f) => `The size of new models by quarter created: parameter counts known for ${(f.sizeOverTime.coverage * 100).toFixed(1)}% of models.`,
  weeklyDownloads: () => "Real downloads per week of the tracked catalogue, from the all-time counts of consecutive snapshots; weeks whose counters rolled back are marked.",
  shareByAuthor: () => "Each week's 30-day downloads shared among the newest week's largest authors and the rest, over every snapshot.",
  shareByBase: () => "Each week's 30-day downloads shared among the namespaces whose base models the newest week's largest families grow from, and the rest.",
  concentrationOverTime: () => "How concentrated 30-day downloads are, week by week: the top 10 models' share, the top 1%'s share and the Gini coefficient.",
  tags: (f) => `New models by quarter and pipeline tag. Models: ${f.pipelineTags?.tags.map((t) => `${t.tag} ${t.models.toLocaleString("en-US")}`).join(", ")}; share of 30-day downloads: ${f.pipelineTags?.tags.map((t) => `${t.tag} ${(t.downloadsShare * 100).toFixed(1)}%`).join(", ")}.`
};
var TITLES = {
  weekly: "Models created per week",
  storage: "Used storage vs Spaces",
  downloads: "Downloads vs creation date",
  classes: "Popularity classes",
  relations: "Where new models come from",
  families: "The largest model families",
  snapshots: "The catalogue across snapshots",
  lorenz: "How concentrated downloads are",
  sizes: "The size of new models",
  weeklyDownloads: "Real downloads per week",
  shareByAuthor: "Whose downloads: authors",
  shareByBase: "Whose base models",
  concentrationOverTime: "Concentration over the weeks",
  tags: "New models by pipeline tag"
};
var findingsMarked = new ne({ gfm: true, renderer: { html: ({ text }) => escapeHtml(text) } });
var CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
var PHONE_MEDIA = `(max-width: ${PHONE_MAX_VIEWPORT}px)`;
function headline(task, findings) {
  task = tagSetLabel(task);
  const t = findings.totals;
  const fmt2 = (n) => n.toLocaleString("en-US");
  return `${fmt2(t.models)} ${task} models on the Hugging Face Hub as of ${findings.snapshot}: ${fmt2(t.newLast7Days)} new in the last 7 days, ${fmt2(t.newLast30Days)} in the last 30.`;
}
function preloads(first) {
  if (!first?.image) return "";
  if (!first.phone) return `
  <link rel="preload" as="image" href="${escapeHtml(first.image.src)}" fetchpriority="high">`;
  return `
  <link rel="preload" as="image" href="${escapeHtml(first.phone.src)}" media="${PHONE_MEDIA}" fetchpriority="high">
  <link rel="preload" as="image" href="${escapeHtml(first.image.src)}" media="not all and ${PHONE_MEDIA}" fetchpriority="high">`;
}
function page(parts) {
  const { findings, links } = parts;
  const tags = tagsOf(parts.task);
  const task = tagSetLabel(parts.task);
  const t = findings.totals;
  const fmt2 = (n) => n.toLocaleString("en-US");
  const figures = parts.charts.map(({ name, image, phone }, k) => {
    const at2 = k === 0 ? "" : "data-";
    const source = phone ? `<source media="${PHONE_MEDIA}" ${at2}srcset="${escapeHtml(phone.src)} 2x" width="${phone.width / 2}" height="${phone.height / 2}">` : "";
    const img = image ? `<picture>${source}<img ${at2}src="${escapeHtml(image.src)}" width="${image.width}" height="${image.height}" alt="" decoding="async"${k === 0 ? ' fetchpriority="high"' : ""}></picture>` : "";
    return `    <figure class="chart-figure">
      <h3 id="chart-${name}-title">${escapeHtml(TITLES[name] ?? name)}</h3>
      <div class="chart" data-chart="${name}" role="img" tabindex="0" aria-labelledby="chart-${name}-title" aria-describedby="chart-${name}-text">${img}</div>
      <figcaption id="chart-${name}-text">${escapeHtml(CHART_TEXT[name]?.(findings) ?? "")}</figcaption>
    </figure>`;
  }).join("\n");
  const options = parts.families.map((root) => `        <option value="${escapeHtml(root)}">${escapeHtml(root)}</option>`).join("\n");
  const title = `${task} models on the Hugging Face Hub \u2014 snapshot ${findings.snapshot}`;
  const description = headline(task, findings);
  const shareImage = parts.charts[0]?.image ? `${links.siteUrl ?? ""}${parts.charts[0].image.src}` : void 0;
  const meta = [
    `<meta name="description" content="${escapeHtml(description)}">`,
    ...links.siteUrl ? [`<link rel="canonical" href="${escapeHtml(links.siteUrl)}">`, `<meta property="og:url" content="${escapeHtml(links.siteUrl)}">`] : [],
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    ...shareImage ? [`<meta property="og:image" content="${escapeHtml(shareImage)}">`, `<meta name="twitter:image" content="${escapeHtml(shareImage)}">`] : [],
    `<meta name="twitter:card" content="${shareImage ? "summary_large_image" : "summary"}">`,
    `<meta name="twitter:title" content="${escapeHtml(title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(description)}">`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(task)} snapshots" href="feed.xml">`
  ].map((line) => `  ${line}`).join("\n");
  const out = [
    ...links.repositoryUrl ? [`<a href="${escapeHtml(links.repositoryUrl)}">the repository</a>`] : [],
    ...links.repositoryUrl && links.datasetPath ? [`<a href="${escapeHtml(`${links.repositoryUrl}/tree/HEAD/${links.datasetPath}`)}">the CSV dataset</a>`] : [],
    ...links.hfDataset ? [`<a href="${escapeHtml(links.hfDataset.url)}">the dataset on the Hugging Face Hub</a>`, `<a href="${escapeHtml(links.hfDataset.viewerUrl)}">its viewer</a>`] : [],
    `<a href="#data">the Parquet and the findings</a>`,
    `<a href="feed.xml">the feed of snapshots</a>`,
    ...tags.map((tag) => `<a href="https://huggingface.co/models?pipeline_tag=${encodeURIComponent(tag)}">the Hub's ${escapeHtml(tag)} models</a>`)
  ];
  const tagFilter = tags.length > 1 ? `
      <span class="sort"><label for="tag">Pipeline tag</label>
      <select id="tag">
        <option value="">all tags</option>
${tags.map((tag) => `        <option value="${escapeHtml(tag)}">${escapeHtml(tag)}</option>`).join("\n")}
      </select></span>` : "";
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
${meta}
  <link rel="icon" href="data:,">${preloads(parts.charts[0])}
  <link rel="stylesheet" href="assets/style.css">
  <script type="module" src="assets/app.js"></script>
</head>
<body>
  <a class="skip" href="#explorer">Skip to the model explorer</a>
  <header>
    <h1>${escapeHtml(task)} models on the Hugging Face Hub</h1>
    <p id="snapshot-age" class="stale" role="status" data-snapshot="${findings.snapshot}" data-max-age-days="${parts.maxSnapshotAgeDays}" hidden></p>
    <p>Snapshot <strong>${findings.snapshot}</strong>: <strong>${fmt2(t.models)}</strong> models, ${fmt2(t.newLast7Days)} new in the last 7 days, ${fmt2(t.newLast30Days)} in the last 30; storage known for ${fmt2(t.storageKnown)} (${(t.storageCoverage * 100).toFixed(1)}%).</p>
  </header>
  <main>
  <section aria-labelledby="charts-title">
    <h2 id="charts-title">Charts</h2>
    <p class="hint">Touch or hover a chart to make it interactive: tooltips name the model under the cursor; drag or scroll on a time axis to zoom and pan (double-click resets); click a legend entry to filter.</p>
${figures}
  </section>
  <section id="explorer" aria-labelledby="explorer-title">
    <h2 id="explorer-title">Find a model</h2>
    <div class="controls">
      <label for="q">Model id, author or name (from its start)</label>
      <input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. meta-llama or qwen2.5">
      <span class="sort"><label for="sort">Sort by</label>
      <select id="sort">
        <option value="downloads">30-day downloads</option>
        <option value="likes">likes</option>
        <option value="since">downloads since the previous snapshot</option>
        <option value="created">creation date</option>
      </select></span>${tagFilter}
    </div>
    <p id="status" role="status" aria-live="polite">Type two characters or more.</p>
    <table id="results" hidden>
      <caption class="visually-hidden">Models found</caption>
      <thead><tr><th scope="col">Model</th><th scope="col">30-day downloads</th><th scope="col">Likes</th><th scope="col">Since previous snapshot</th><th scope="col">Created</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
  <section id="families" aria-labelledby="families-title">
    <h2 id="families-title">Families</h2>
    <label for="family">Family (root model)</label>
    <select id="family">
${options}
    </select>
    <div id="family-view" aria-live="polite"></div>
  </section>
  <section id="findings" aria-labelledby="findings-title">
    <h2 id="findings-title">Findings</h2>
${parts.findingsHtml}
  </section>
  <section id="data" aria-labelledby="data-title">
    <h2 id="data-title">Data</h2>
${parts.downloads}
  </section>
  </main>
  <footer><p>Made by hf-model-trends from the Hub's public API. Links: ${out.join(" \xB7 ")}.</p></footer>
</body>
</html>
`;
}
async function chartImage(name, imagesDir, staging, count) {
  const file = CHART_FILES[name];
  if (!file) return void 0;
  let bytes;
  try {
    bytes = await readFile(join(imagesDir, file));
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  return placeImage(bytes, `charts/${file}`, staging, count);
}
async function phoneImage(name, spec, draw, staging, count) {
  const file = CHART_FILES[name];
  return file ? placeImage(Buffer.from(await draw(spec)), `charts/phone/${file}`, staging, count) : void 0;
}
async function placeImage(bytes, src, staging, count) {
  await mkdir(dirname(join(staging, src)), { recursive: true });
  await writeFile(join(staging, src), bytes);
  count(bytes.length);
  return { src, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
function size(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}
async function dataDownloads(dataDir, staging, count) {
  const files = [
    [PARQUET_FILE, "every model of the snapshot, typed columns (DuckDB, pandas, Polars read it straight from this address)"],
    [INSIGHTS_JSON, "the findings as numbers"]
  ];
  const items = [];
  for (const [name, what] of files) {
    try {
      await copyFile(join(dataDir, name), join(staging, "data", name));
    } catch (error) {
      if (error.code === "ENOENT") continue;
      throw error;
    }
    const bytes = (await stat(join(staging, "data", name))).size;
    count(bytes);
    items.push(`      <li><a href="data/${escapeHtml(name)}" download>${escapeHtml(name)}</a> (${size(bytes)}): ${escapeHtml(what)}</li>`);
  }
  return items.length ? `    <ul class="downloads">
${items.join("\n")}
    </ul>` : "    <p>No data files were written with this site.</p>";
}
async function writeJson(path, value) {
  return writeText(path, JSON.stringify(value));
}
async function writeText(path, text) {
  await mkdir(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
async function writeSite(input, findings, markdown, options) {
  const staging = `${options.siteDir.replace(/\/+$/, "")}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, "assets"), { recursive: true });
  let files = 0;
  let bytes = 0;
  const count = (n) => {
    files++;
    bytes += n;
  };
  await cp(await appAssets(), join(staging, "assets"), { recursive: true });
  for (const entry of await readdir(join(staging, "assets"), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) count((await stat(join(entry.parentPath, entry.name))).size);
  }
  const context = chartContext(input.stats, input.task, input.snapshotMs);
  const specs = siteSpecs(input, context);
  for (const [name, spec] of Object.entries(specs)) count(await writeJson(join(staging, "data", "charts", `${name}.json`), spec));
  const phoneJson = /* @__PURE__ */ new Map();
  for (const [name, spec] of Object.entries(phoneSpecs(input, context, specs))) {
    const text = JSON.stringify(spec);
    phoneJson.set(name, text);
    count(await writeText(join(staging, "data", "charts", "phone", `${name}.json`), text));
  }
  const families = input.lineage.insights.largestFamilies.map((f) => ({ ...f, top: input.lineage.familyTop[f.root] ?? [] }));
  count(await writeJson(join(staging, "data", "families.json"), families));
  const { stats, ids, sinceByModel } = input;
  const since = (i) => {
    const value = sinceByModel?.[i];
    return value === void 0 || Number.isNaN(value) ? null : value;
  };
  const sinceMeasured = Boolean(sinceByModel?.some((value) => !Number.isNaN(value)));
  const source = {
    size: ids ? stats.length : 0,
    sinceMeasured,
    id: (i) => ids?.[i],
    row: (i) => {
      const between = since(i);
      const row = [ids?.[i], Math.floor(stats.createdAt[i] / 864e5), stats.downloads[i], stats.likes[i], sinceMeasured ? between ?? -1 : 0, input.tags.of[i]];
      while (row.length > 2 && row.at(-1) === 0) row.pop();
      return row;
    },
    keys: [(i) => stats.downloads[i], (i) => stats.likes[i], (i) => since(i) ?? -1, (i) => stats.createdAt[i]]
  };
  await mkdir(join(staging, "data", "search"), { recursive: true });
  for (const shard of searchShards(source)) {
    const text = JSON.stringify("index" in shard ? shard.index : shard.rows);
    writeFileSync(join(staging, "data", "search", shard.name), text);
    count(Buffer.byteLength(text));
  }
  const findingsHtml = (await findingsMarked.parse(markdown.replace(/^# .*\n/, ""), { async: true })).replace(/<h([1-5])/g, (_m, level) => `<h${Number(level) + 1}`).replace(/<\/h([1-5])>/g, (_m, level) => `</h${Number(level) + 1}>`);
  const charts = [];
  for (const name of Object.keys(specs)) {
    const json = phoneJson.get(name);
    const phone = options.drawChart && json ? await phoneImage(name, JSON.parse(json), options.drawChart, staging, count) : void 0;
    charts.push({ name, image: await chartImage(name, options.imagesDir, staging, count), phone });
  }
  const feed = atomFeed({ task: tagSetLabel(input.task), history: await readHistory(options.dataDir), findings, siteUrl: options.links?.siteUrl });
  await writeFile(join(staging, FEED_FILE), feed);
  count(Buffer.byteLength(feed));
  const html = page({
    task: input.task,
    findings,
    findingsHtml,
    charts,
    families: families.map((f) => f.root),
    maxSnapshotAgeDays: options.maxSnapshotAgeDays ?? DEFAULT_MAX_SNAPSHOT_AGE_DAYS,
    downloads: await dataDownloads(options.dataDir, staging, count),
    links: options.links ?? {}
  });
  await writeFile(join(staging, "index.html"), html);
  count(Buffer.byteLength(html));
  const old = `${options.siteDir.replace(/\/+$/, "")}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  try {
    await rename(options.siteDir, old);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  await rename(staging, options.siteDir);
  await rm(old, { recursive: true, force: true });
  return { files, bytes };
}
export {
  CONTENT_SECURITY_POLICY,
  PHONE_MEDIA,
  writeSite
};
