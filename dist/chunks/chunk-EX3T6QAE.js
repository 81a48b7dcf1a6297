import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COLUMNS,
  COLUMNS_V1,
  COLUMNS_V2,
  DEFAULT_TAG,
  PLACEHOLDER_LABEL,
  RELATIONS,
  compareIds,
  creationQuarters,
  isDatedCreation,
  isPlaceholderDate,
  isoDay,
  quarterOf,
  tagSetLabel,
  tagsOf,
  valuesByGroup,
  weeklySeries
} from "./chunk-DC5JPALC.js";

// src/dataset/errors.ts
import { relative } from "node:path";
var DatasetFormatError = class extends Error {
  name = "DatasetFormatError";
  /** The file, relative to the working directory (as the user would type it). */
  file;
  line;
  constructor(problem, where) {
    const file = shownPath(where.file);
    super(`${file}${where.line === void 0 ? "" : `:${where.line}`}: ${problem}. ${where.fix}`);
    this.file = file;
    this.line = where.line;
  }
};
function shownPath(path) {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}
function restoreFix(path) {
  return `To fix: \`git checkout -- ${shownPath(path)}\` restores the committed version`;
}
function monthFileFix(path, indexPath) {
  return `${restoreFix(path)}; or delete it and its row in ${shownPath(indexPath)}, and the next refresh rebuilds that month from the Hub (the Used Storage learned for its models is lost, and learned again by later runs)`;
}
function folderFix(dir) {
  return `To fix: \`git checkout -- ${shownPath(dir)}\` restores the committed dataset (or delete the folder: the next refresh rebuilds it, without the Used Storage learned so far)`;
}

// src/dataset/store.ts
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date2 = Date.parse(value);
      return !isNaN(date2) ? new Date(date2) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean2 = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean2, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot = ".".charCodeAt(0);
var reEscapeChar = /\\(\\)?/g;
var rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
  "g"
);
var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
var reIsPlainProp = /^\w*$/;
var getTag = function(value) {
  return Object.prototype.toString.call(value);
};
var isSymbol = function(value) {
  const type = typeof value;
  return type === "symbol" || type === "object" && value && getTag(value) === "[object Symbol]";
};
var isKey = function(value, object) {
  if (Array.isArray(value)) {
    return false;
  }
  const type = typeof value;
  if (type === "number" || type === "symbol" || type === "boolean" || !value || isSymbol(value)) {
    return true;
  }
  return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
};
var stringToPath = function(string) {
  const result = [];
  if (string.charCodeAt(0) === charCodeOfDot) {
    result.push("");
  }
  string.replace(rePropName, function(match, expression, quote, subString) {
    let key = match;
    if (quote) {
      key = subString.replace(reEscapeChar, "$1");
    } else if (expression) {
      key = expression.trim();
    }
    result.push(key);
  });
  return result;
};
var castPath = function(value, object) {
  if (Array.isArray(value)) {
    return value;
  } else {
    return isKey(value, object) ? [value] : stringToPath(value);
  }
};
var toKey = function(value) {
  if (typeof value === "string" || isSymbol(value)) return value;
  const result = `${value}`;
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
};
var get = function(object, path) {
  path = castPath(path, object);
  let index = 0;
  const length = path.length;
  while (object != null && index < length) {
    object = object[toKey(path[index++])];
  }
  return index && index === length ? object : void 0;
};

// node_modules/csv-stringify/lib/utils/is_object.js
var is_object2 = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-stringify/lib/api/normalize_columns.js
var normalize_columns = function(columns) {
  if (columns === void 0 || columns === null) {
    return [void 0, void 0];
  }
  if (typeof columns !== "object") {
    return [Error('Invalid option "columns": expect an array or an object')];
  }
  if (!Array.isArray(columns)) {
    const newcolumns = [];
    for (const k in columns) {
      newcolumns.push({
        key: k,
        header: columns[k]
      });
    }
    columns = newcolumns;
  } else {
    const newcolumns = [];
    for (const column of columns) {
      if (typeof column === "string") {
        newcolumns.push({
          key: column,
          header: column
        });
      } else if (typeof column === "object" && column !== null && !Array.isArray(column)) {
        if (!column.key) {
          return [
            Error('Invalid column definition: property "key" is required')
          ];
        }
        if (column.header === void 0) {
          column.header = column.key;
        }
        newcolumns.push(column);
      } else {
        return [
          Error("Invalid column definition: expect a string or an object")
        ];
      }
    }
    columns = newcolumns;
  }
  return [void 0, columns];
};

// node_modules/csv-stringify/lib/api/CsvError.js
var CsvError2 = class _CsvError extends Error {
  constructor(code, message, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ");
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString() : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-stringify/lib/utils/underscore.js
var underscore2 = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-stringify/lib/api/normalize_options.js
var normalize_options2 = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore2(opt)] = opts[opt];
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    return [
      new CsvError2("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`
      ])
    ];
  }
  if (options.delimiter === void 0 || options.delimiter === null) {
    options.delimiter = ",";
  } else if (Buffer.isBuffer(options.delimiter)) {
    options.delimiter = options.delimiter.toString();
  } else if (typeof options.delimiter !== "string") {
    return [
      new CsvError2("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`
      ])
    ];
  }
  if (options.quote === void 0 || options.quote === null) {
    options.quote = '"';
  } else if (options.quote === true) {
    options.quote = '"';
  } else if (options.quote === false) {
    options.quote = "";
  } else if (Buffer.isBuffer(options.quote)) {
    options.quote = options.quote.toString();
  } else if (typeof options.quote !== "string") {
    return [
      new CsvError2("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`
      ])
    ];
  }
  if (options.quoted === void 0 || options.quoted === null) {
    options.quoted = false;
  } else {
  }
  if (options.escape_formulas === void 0 || options.escape_formulas === null) {
    options.escape_formulas = false;
  } else if (typeof options.escape_formulas !== "boolean") {
    return [
      new CsvError2("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`
      ])
    ];
  }
  if (options.quoted_empty === void 0 || options.quoted_empty === null) {
    options.quoted_empty = void 0;
  } else {
  }
  if (options.quoted_match === void 0 || options.quoted_match === null || options.quoted_match === false) {
    options.quoted_match = null;
  } else if (!Array.isArray(options.quoted_match)) {
    options.quoted_match = [options.quoted_match];
  }
  if (options.quoted_match) {
    for (const quoted_match of options.quoted_match) {
      const isString = typeof quoted_match === "string";
      const isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp) {
        return [
          new CsvError2("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`
          ])
        ];
      }
    }
  }
  if (options.quoted_string === void 0 || options.quoted_string === null) {
    options.quoted_string = false;
  } else {
  }
  if (options.eof === void 0 || options.eof === null) {
    options.eof = true;
  } else {
  }
  if (options.escape === void 0 || options.escape === null) {
    options.escape = '"';
  } else if (Buffer.isBuffer(options.escape)) {
    options.escape = options.escape.toString();
  } else if (typeof options.escape !== "string") {
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`
      )
    ];
  }
  if (options.escape.length > 1) {
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`
      )
    ];
  }
  if (options.header === void 0 || options.header === null || options.header === false) {
    options.header = false;
  } else if (options.header !== true) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`
      ],
      options
    );
  }
  if (options.header_as_comment === void 0 || options.header_as_comment === null || options.header_as_comment === false) {
    options.header_as_comment = false;
  } else if (options.header_as_comment === true) {
    options.header_as_comment = "#";
  } else if (Buffer.isBuffer(options.header_as_comment)) {
    options.header_as_comment = options.header_as_comment.toString();
  } else if (typeof options.header_as_comment !== "string") {
    throw new CsvError2(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`
      ],
      options
    );
  }
  const [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== void 0) return [errColumns];
  options.columns = columns;
  if (options.quoted === void 0 || options.quoted === null) {
    options.quoted = false;
  } else {
  }
  if (options.cast === void 0 || options.cast === null) {
    options.cast = {};
  } else {
  }
  if (options.cast.bigint === void 0 || options.cast.bigint === null) {
    options.cast.bigint = (value) => "" + value;
  }
  if (options.cast.boolean === void 0 || options.cast.boolean === null) {
    options.cast.boolean = (value) => value ? "1" : "";
  }
  if (options.cast.date === void 0 || options.cast.date === null) {
    options.cast.date = (value) => "" + value.getTime();
  }
  if (options.cast.number === void 0 || options.cast.number === null) {
    options.cast.number = (value) => "" + value;
  }
  if (options.cast.object === void 0 || options.cast.object === null) {
    options.cast.object = (value) => JSON.stringify(value);
  }
  if (options.cast.string === void 0 || options.cast.string === null) {
    options.cast.string = function(value) {
      return value;
    };
  }
  if (options.on_record !== void 0 && typeof options.on_record !== "function") {
    return [Error(`Invalid Option: "on_record" must be a function.`)];
  }
  if (options.quote_record_delimiter === void 0 || options.quote_record_delimiter === null) {
    options.quote_record_delimiter = !options.record_delimiter;
  } else if (typeof options.quote_record_delimiter !== "boolean") {
    return [
      new CsvError2("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`
      ])
    ];
  }
  if (options.record_delimiter === void 0 || options.record_delimiter === null) {
    options.record_delimiter = "\n";
  } else if (Buffer.isBuffer(options.record_delimiter)) {
    options.record_delimiter = options.record_delimiter.toString();
  } else if (typeof options.record_delimiter !== "string") {
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`
      )
    ];
  }
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = "\n";
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = "\r\n";
      break;
    case "ascii":
      options.record_delimiter = "";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [void 0, options];
};

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8 = Buffer.from([239, 187, 191]);
var emits_separator = function(value, separators) {
  return separators.some(
    (separator) => separator.length !== 0 && (value.indexOf(separator) !== -1 || separator.length > 1 && (value + separator).indexOf(separator) < value.length)
  );
};
var matches_quoted_match = function(value, quoted_match) {
  if (!quoted_match) return false;
  return quoted_match.some(
    (pattern) => typeof pattern === "string" ? value.indexOf(pattern) !== -1 : value.search(pattern) !== -1
  );
};
var stringifier = function(options, state, info) {
  return {
    options,
    state,
    info,
    __transform: function(chunk, push) {
      if (!Array.isArray(chunk) && typeof chunk !== "object") {
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`
        );
      }
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (this.options.header === true && this.options.columns === void 0) {
            return Error(
              "Undiscoverable Columns: header option requires column option or object records"
            );
          }
        } else if (this.options.columns === void 0) {
          const [err2, columns] = normalize_columns(Object.keys(chunk));
          if (err2) return;
          this.options.columns = columns;
        }
      }
      if (this.info.records === 0) {
        this.bom(push);
        const err2 = this.headers(push);
        if (err2) return err2;
      }
      try {
        if (this.options.on_record) {
          this.options.on_record(chunk, this.info.records);
        }
      } catch (err2) {
        return err2;
      }
      let err, chunk_string;
      if (this.options.eof) {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === void 0) {
          return;
        } else {
          chunk_string = chunk_string + this.options.record_delimiter;
        }
      } else {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === void 0) {
          return;
        } else {
          if (this.options.header || this.info.records) {
            chunk_string = this.options.record_delimiter + chunk_string;
          }
        }
      }
      this.info.records++;
      push(chunk_string);
    },
    stringify: function(chunk, chunkIsHeader = false) {
      if (typeof chunk !== "object") {
        return [void 0, chunk];
      }
      const { columns } = this.options;
      const record = [];
      if (Array.isArray(chunk)) {
        const length = columns ? Math.min(chunk.length, columns.length) : chunk.length;
        for (let i = 0; i < length; i++) {
          const field = chunk[i];
          const [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      } else {
        for (let i = 0; i < columns.length; i++) {
          const field = get(chunk, columns[i].key);
          const [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options2, err;
        let [value, field] = record[i];
        if (typeof value === "string") {
          options2 = this.options;
        } else if (is_object2(value)) {
          options2 = { ...value };
          value = options2.value;
          delete options2.value;
          if (typeof value !== "string" && value !== void 0 && value !== null) {
            if (err)
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`
                )
              ];
          }
          options2 = { ...this.options, ...options2 };
          [err, options2] = normalize_options2(options2);
          if (err !== void 0) {
            return [err];
          }
        } else if (value === void 0 || value === null) {
          options2 = this.options;
        } else {
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`
            )
          ];
        }
        const {
          delimiter,
          escape,
          quote,
          quoted: quoted2,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas
        } = options2;
        if ("" === value && "" === field) {
          const quotedMatch = matches_quoted_match(value, quoted_match);
          const shouldQuote = quotedMatch || true === quoted_empty || true === quoted_string && false !== quoted_empty;
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (value) {
          if (typeof value !== "string") {
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`
              )
            ];
          }
          const containsdelimiter = emits_separator(value, [delimiter]);
          const containsQuote = quote !== "" && value.indexOf(quote) >= 0;
          const containsEscape = value.indexOf(escape) >= 0 && escape !== quote;
          const containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...quote_record_delimiter === false ? [] : ["\n", "\r"]
          ]);
          const quotedString = quoted_string && typeof field === "string";
          const quotedMatch = matches_quoted_match(value, quoted_match);
          if (escape_formulas) {
            switch (value[0]) {
              case "-":
                if (typeof field === "number" || typeof field === "bigint") {
                  break;
                }
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "	":
              case "\r":
              case "\uFF1D":
              // Unicode '='
              case "\uFF0B":
              // Unicode '+'
              case "\uFF0D":
              // Unicode '-'
              case "\uFF20":
                value = `'${value}`;
                break;
            }
          }
          const shouldQuote = containsQuote === true || containsdelimiter || containsRecordDelimiter || quoted2 || quotedString || quotedMatch;
          if (shouldQuote === true && containsEscape === true) {
            value = value.replaceAll(escape, () => escape + escape);
          }
          if (containsQuote === true) {
            value = value.replaceAll(quote, () => escape + quote);
          }
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (quoted_empty === true || field === "" && quoted_string === true && quoted_empty !== false) {
          csvrecord += quote + quote;
        }
        if (i !== record.length - 1) {
          csvrecord += delimiter;
        }
      }
      return [void 0, csvrecord];
    },
    bom: function(push) {
      if (this.options.bom !== true) {
        return;
      }
      push(bom_utf8);
    },
    headers: function(push) {
      if (this.options.header === false) {
        return;
      }
      if (this.options.columns === void 0) {
        return;
      }
      let err;
      let headers = this.options.columns.map((column) => column.header);
      if (this.options.eof) {
        [err, headers] = this.stringify(headers, true);
        headers += this.options.record_delimiter;
      } else {
        [err, headers] = this.stringify(headers, true);
      }
      if (err) return err;
      if (this.options.header_as_comment) {
        headers = this.options.header_as_comment + " " + headers;
      }
      push(headers);
    },
    __cast: function(value, context) {
      const type = typeof value;
      try {
        if (type === "string") {
          return [void 0, this.options.cast.string(value, context)];
        } else if (type === "bigint") {
          return [void 0, this.options.cast.bigint(value, context)];
        } else if (type === "number") {
          return [void 0, this.options.cast.number(value, context)];
        } else if (type === "boolean") {
          return [void 0, this.options.cast.boolean(value, context)];
        } else if (value instanceof Date) {
          return [void 0, this.options.cast.date(value, context)];
        } else if (type === "object" && value !== null) {
          return [void 0, this.options.cast.object(value, context)];
        } else if (value === null && this.options.cast.null !== void 0) {
          return [void 0, this.options.cast.null(value, context)];
        } else if (value === void 0 && this.options.cast.undefined !== void 0) {
          return [void 0, this.options.cast.undefined(value, context)];
        } else {
          return [void 0, value];
        }
      } catch (err) {
        return [err];
      }
    }
  };
};

// node_modules/csv-stringify/lib/sync.js
var stringify = function(records, opts = {}) {
  const data = [];
  const [err, options] = normalize_options2(opts);
  if (err !== void 0) throw err;
  const state = {
    stop: false
  };
  const info = {
    records: 0
  };
  const api = stringifier(options, state, info);
  for (const record of records) {
    const err2 = api.__transform(record, function(record2) {
      data.push(record2);
    });
    if (err2 !== void 0) throw err2;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err2 = api.headers((headers) => {
      data.push(headers);
    });
    if (err2 !== void 0) throw err2;
  }
  return data.join("");
};

// src/dataset/own-string.ts
function ownString(text) {
  return text.length < 13 ? text : Buffer.from(text, "utf8").toString("utf8");
}

// src/dataset/csv.ts
var DAY_MS = 864e5;
function iso(ms) {
  return ms === null ? "" : new Date(ms).toISOString();
}
var PLAIN = /^[^",\r\n=+\-@\t][^",\r\n]*$|^$/;
var STRINGIFY_OPTIONS = { record_delimiter: "\n", quoted_match: /^[=+\-@\t]|[\r\n]/ };
function csvField(value) {
  if (PLAIN.test(value)) return value;
  return stringify([[value]], STRINGIFY_OPTIONS).slice(0, -1);
}
var PIECE_BYTES = 1 << 20;
var ROW_FIXED_BYTES = 512;
var COMMA = 44;
var NEWLINE = 10;
var ascii = (text) => Buffer.from(text, "latin1");
var TRUE = ascii("true");
var FALSE = ascii("false");
var GATED_BYTES = { false: FALSE, auto: ascii("auto"), manual: ascii("manual") };
var HEADER = ascii(`${COLUMNS.join(",")}
`);
var RELATION_BYTES = Object.fromEntries(["", ...RELATIONS].map((r) => [r, ascii(r)]));
var CsvEncoder = class {
  #buffer = Buffer.allocUnsafe(PIECE_BYTES);
  #at = 0;
  #days = /* @__PURE__ */ new Map();
  /** The bytes written since the last call, as a piece of their own. */
  take() {
    const piece = this.#buffer.subarray(0, this.#at);
    this.#buffer = Buffer.allocUnsafe(PIECE_BYTES);
    this.#at = 0;
    return piece;
  }
  get size() {
    return this.#at;
  }
  /** Makes room for `bytes` more: false when the current piece must be taken first. */
  fits(bytes) {
    if (this.#at + bytes <= this.#buffer.length) return true;
    if (this.#at > 0) return false;
    this.#buffer = Buffer.allocUnsafe(bytes);
    return true;
  }
  bytes(bytes) {
    const buffer = this.#buffer;
    let at2 = this.#at;
    if (bytes.length > 32) bytes.copy(buffer, at2);
    else for (let i = 0; i < bytes.length; i++) buffer[at2 + i] = bytes[i];
    this.#at = at2 + bytes.length;
  }
  /** A text field: ASCII that needs no quotes byte by byte (nearly every value), anything else through `csvField`. */
  string(text) {
    const buffer = this.#buffer;
    const at2 = this.#at;
    const first = text.charCodeAt(0);
    let plain = first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9;
    for (let i = 0; plain && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || c === 34 || c === 44 || c === 13 || c === 10) plain = false;
      else buffer[at2 + i] = c;
    }
    this.#at = plain ? at2 + text.length : at2 + buffer.write(csvField(text), at2, "utf8");
  }
  byte(code) {
    this.#buffer[this.#at++] = code;
  }
  /** A count as `String(n)` writes it; empty for NaN (null). */
  number(n) {
    if (Number.isNaN(n)) return;
    if (!(n >= 0 && n < 1e15 && Number.isInteger(n))) {
      this.#at += this.#buffer.write(String(n), this.#at, "latin1");
      return;
    }
    const high = Math.floor(n / 1e8);
    if (high === 0) this.#digits(n, 0);
    else {
      this.#digits(high, 0);
      this.#digits(n - high * 1e8, 8);
    }
  }
  /** `n` (below 2^31) in decimal, padded with zeros to `width` digits. */
  #digits(n, width) {
    let count = 1;
    for (let rest = n; rest >= 10; rest = rest / 10 | 0) count++;
    if (count < width) count = width;
    const buffer = this.#buffer;
    let at2 = this.#at + count;
    this.#at = at2;
    for (let i = 0; i < count; i++) {
      const tenth = n / 10 | 0;
      buffer[--at2] = 48 + n - tenth * 10;
      n = tenth;
    }
  }
  /** A date as `iso` writes it; empty for NaN (null). */
  date(ms) {
    if (Number.isNaN(ms)) return;
    const day = Math.floor(ms / DAY_MS);
    let prefix = this.#days.get(day);
    if (prefix === void 0) {
      const text = new Date(day * DAY_MS).toISOString().slice(0, 11);
      if (text.length !== 11) {
        this.#at += this.#buffer.write(iso(ms), this.#at, "latin1");
        return;
      }
      this.#days.set(day, prefix = ascii(text));
    }
    this.bytes(prefix);
    let rest = ms - day * DAY_MS;
    const h = Math.floor(rest / 36e5);
    rest -= h * 36e5;
    const m = Math.floor(rest / 6e4);
    rest -= m * 6e4;
    const sec = Math.floor(rest / 1e3);
    this.#digits(h, 2);
    this.byte(58);
    this.#digits(m, 2);
    this.byte(58);
    this.#digits(sec, 2);
    this.byte(46);
    this.#digits(rest - sec * 1e3, 3);
    this.byte(90);
  }
};
function* tableToCsv(table, start = 0, end = table.length) {
  const out = new CsvEncoder();
  const n = table.columns();
  const t = table.textCodes();
  out.bytes(HEADER);
  for (let i = start; i < end; i++) {
    const id = table.id(i);
    const author = table.text(t.author[i]);
    const library = table.text(t.library[i]);
    const baseModel = table.text(t.baseModel[i]);
    const license = table.text(t.license[i]);
    const pipelineTag = table.text(t.pipelineTag[i]);
    const bytes = ROW_FIXED_BYTES + 6 * (id.length + author.length + library.length + baseModel.length + license.length + pipelineTag.length);
    if (!out.fits(bytes)) {
      yield out.take();
      out.fits(bytes);
    }
    out.string(id);
    out.byte(COMMA);
    out.string(author);
    out.byte(COMMA);
    out.number(n.likes[i]);
    out.byte(COMMA);
    out.number(n.downloads[i]);
    out.byte(COMMA);
    out.date(n.createdAt[i]);
    out.byte(COMMA);
    out.bytes(table.isPrivate(i) ? TRUE : FALSE);
    out.byte(COMMA);
    out.bytes(GATED_BYTES[table.gated(i)]);
    out.byte(COMMA);
    out.string(library);
    out.byte(COMMA);
    out.number(n.usedStorage[i]);
    out.byte(COMMA);
    out.number(n.spaces[i]);
    out.byte(COMMA);
    out.date(n.lastModified[i]);
    out.byte(COMMA);
    out.number(n.downloadsAllTime[i]);
    out.byte(COMMA);
    out.number(n.parameters[i]);
    out.byte(COMMA);
    out.string(baseModel);
    out.byte(COMMA);
    out.bytes(RELATION_BYTES[table.relation(i)]);
    out.byte(COMMA);
    out.string(license);
    out.byte(COMMA);
    out.number(n.downloadsAllTimePrevious[i]);
    out.byte(COMMA);
    out.string(pipelineTag);
    out.byte(NEWLINE);
  }
  if (out.size > 0) yield out.take();
}
var CsvSyntaxError = class extends Error {
  line;
  constructor(message, line) {
    super(message);
    this.line = line;
  }
};
function parseCsv(text, onRow) {
  let start = 0;
  let lineNumber = 1;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (!line.includes('"')) {
      if (line !== "") onRow(line.split(","), lineNumber);
      start = end + 1;
      lineNumber++;
      continue;
    }
    let spanned = 1;
    while (countQuotes(line) % 2 === 1 && end < text.length) {
      const next = text.indexOf("\n", end + 1);
      end = next === -1 ? text.length : next;
      line = text.slice(start, end);
      spanned++;
    }
    let rows;
    try {
      rows = parse(line, { relax_quotes: false });
    } catch (error) {
      const problem = spanned > 1 ? `a quoted field opens on this line and does not close where it should (it runs on over ${spanned} lines)` : csvProblem(error);
      throw new CsvSyntaxError(problem, lineNumber);
    }
    for (const row of rows) onRow(row, lineNumber);
    start = end + 1;
    lineNumber += spanned;
  }
}
function csvProblem(error) {
  const e = error;
  switch (e.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field opens on this line and is never closed";
    case "INVALID_OPENING_QUOTE":
      return `a quote inside an unquoted field${e.field === void 0 ? "" : ` (field ${e.field + 1})`}`;
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a quoted field is followed by other characters instead of a comma";
    default:
      return `not valid CSV (${e.message ?? String(error)})`;
  }
}
function countQuotes(text) {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
  return n;
}
var FieldError = class extends Error {
};
function integer(text, column) {
  if (!/^\d+$/.test(text)) throw new FieldError(`"${column}" must be a whole number, got "${text}"`);
  return Number(text);
}
function optionalInteger(text, column) {
  return text === "" ? null : integer(text, column);
}
var dayStarts = /* @__PURE__ */ new Map();
function digits(text, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}
function fastIso(text) {
  if (text.length !== 24 || text[4] !== "-" || text[7] !== "-" || text[10] !== "T" || text[13] !== ":" || text[16] !== ":" || text[19] !== "." || text[23] !== "Z") {
    return Number.NaN;
  }
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  const h = digits(text, 11, 13);
  const mi = digits(text, 14, 16);
  const sec = digits(text, 17, 19);
  const ms = digits(text, 20, 23);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && sec < 60)) return Number.NaN;
  const key = y * 1e4 + mo * 100 + d;
  let start = dayStarts.get(key);
  if (start === void 0) dayStarts.set(key, start = Date.UTC(y, mo - 1, d));
  return start + h * 36e5 + mi * 6e4 + sec * 1e3 + ms;
}
function date(text, column) {
  const fast = fastIso(text);
  if (!Number.isNaN(fast)) return fast;
  const ms = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(ms)) {
    throw new FieldError(`"${column}" must be an ISO-8601 date, got "${text}"`);
  }
  return ms;
}
var LAYOUTS = [COLUMNS, COLUMNS_V2, COLUMNS_V1];
function csvToRecords(text, path, fix, pipelineTag) {
  const records = [];
  let rows = 0;
  let width = COLUMNS.length;
  const fail = (problem, line) => new DatasetFormatError(problem, { file: path, line, fix });
  try {
    parseCsv(text, (row, line) => {
      rows++;
      if (rows === 1) {
        const layout = LAYOUTS.find((columns) => columns.length === row.length && columns.every((column, i) => row[i] === column));
        if (!layout) throw fail(`the header is not this dataset's: it must be ${COLUMNS.join(",")}; found ${row.join(",")}`, line);
        width = layout.length;
        if (width < COLUMNS.length && pipelineTag === void 0) {
          throw fail(`the file has no "Pipeline Tag" column, and the dataset tracks several tags, so which tag each model has is unknown`, line);
        }
        return;
      }
      if (row.length !== width) throw fail(`expected ${width} fields, found ${row.length}`, line);
      const [id, author, likes, downloads, createdAt, priv, gated, library, usedStorage, spaces, lastModified, allTime, parameters, baseModel = "", relation = "", license = "", allTimePrevious = "", tag = pipelineTag] = row;
      try {
        if (gated !== "false" && gated !== "auto" && gated !== "manual") throw new FieldError(`"Gated" must be false, auto or manual, got "${gated}"`);
        if (priv !== "true" && priv !== "false") throw new FieldError(`"Private" must be true or false, got "${priv}"`);
        if (relation !== "" && !RELATIONS.includes(relation)) {
          throw new FieldError(`"Relation" must be empty or one of ${RELATIONS.join(", ")}, got "${relation}"`);
        }
        records.push({
          id: ownString(id),
          // kept for the whole run: not a view of this file's text
          author,
          likes: integer(likes, "Likes"),
          downloads: integer(downloads, "Downloads"),
          createdAt: date(createdAt, "Created At"),
          private: priv === "true",
          gated,
          library,
          usedStorage: optionalInteger(usedStorage, "Used Storage"),
          spaces: integer(spaces, "Spaces"),
          lastModified: lastModified === "" ? null : date(lastModified, "Last Modified"),
          downloadsAllTime: optionalInteger(allTime, "Downloads All Time"),
          parameters: optionalInteger(parameters, "Parameters"),
          baseModel,
          relation,
          license,
          downloadsAllTimePrevious: optionalInteger(allTimePrevious, "Downloads All Time Previous"),
          pipelineTag: tag
        });
      } catch (error) {
        if (error instanceof FieldError) throw fail(error.message, line);
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw fail(error.message, error.line);
    throw error;
  }
  if (rows === 0) throw fail("the file is empty (not even a header)");
  return records;
}

// src/dataset/table.ts
var GATED = ["false", "auto", "manual"];
var GATED_CODE = { false: 0, auto: 1, manual: 2 };
var RELATION_ORDER = ["", ...RELATIONS];
var RELATION_CODE = Object.fromEntries(RELATION_ORDER.map((r, i) => [r, i]));
var EMPTY_TEXT_CODE = 0;
var StringPool = class {
  #index = /* @__PURE__ */ new Map([["", EMPTY_TEXT_CODE]]);
  #strings = [""];
  code(value) {
    let code = this.#index.get(value);
    if (code === void 0) {
      code = this.#strings.length;
      const own = ownString(value);
      this.#strings.push(own);
      this.#index.set(own, code);
    }
    return code;
  }
  at(code) {
    return this.#strings[code];
  }
  /** The code of a string in the pool, without adding it; undefined when it is not there. */
  find(value) {
    return this.#index.get(value);
  }
  get size() {
    return this.#strings.length;
  }
};
var NUMBER_FIELDS = ["createdAt", "lastModified", "downloads", "downloadsAllTime", "downloadsAllTimePrevious", "likes", "spaces", "usedStorage", "parameters"];
var TEXT_FIELDS = ["author", "library", "baseModel", "license", "pipelineTag"];
function resized(old, capacity, used = old.length) {
  const next = new old.constructor(capacity);
  next.set(old.subarray(0, Math.min(used, capacity)));
  return next;
}
function fields(names, make) {
  return Object.fromEntries(names.map((f) => [f, make(f)]));
}
var orNull = (value) => Number.isNaN(value) ? null : value;
var orNaN = (value) => value === null ? Number.NaN : value;
var ModelTable = class _ModelTable {
  #length = 0;
  #capacity;
  #pool = new StringPool();
  #ids = [];
  #numbers;
  #texts;
  /** private (bit 0), gated (bits 1–2), relation (bits 3–5). */
  #flags;
  constructor(capacity = 1024) {
    this.#capacity = Math.max(16, capacity);
    const n = this.#capacity;
    this.#numbers = fields(NUMBER_FIELDS, () => new Float64Array(n));
    this.#texts = fields(TEXT_FIELDS, () => new Uint32Array(n));
    this.#flags = new Uint8Array(n);
  }
  static of(records, capacity) {
    const table = new _ModelTable(capacity);
    for (const r of records) table.push(r);
    return table;
  }
  get length() {
    return this.#length;
  }
  /** Room for `total` rows, so that a run that knows its size does not grow (and copy) its columns. */
  reserve(total) {
    if (total > this.#capacity) this.#grow(total);
  }
  #grow(capacity) {
    const n = this.#length;
    this.#numbers = fields(NUMBER_FIELDS, (f) => resized(this.#numbers[f], capacity, n));
    this.#texts = fields(TEXT_FIELDS, (f) => resized(this.#texts[f], capacity, n));
    this.#flags = resized(this.#flags, capacity, n);
    this.#capacity = capacity;
  }
  push(r) {
    if (this.#length === this.#capacity) this.#grow(Math.ceil(this.#capacity * 1.5));
    const i = this.#length++;
    this.#ids.push(r.id);
    this.#put(i, r);
  }
  /** Puts `r` in row `i`'s place (a model listed twice keeps one row). */
  set(i, r) {
    if (i >= this.#length) throw new RangeError(`set: row ${i} of ${this.#length}`);
    this.#ids[i] = r.id;
    this.#put(i, r);
  }
  #put(i, r) {
    for (const f of NUMBER_FIELDS) this.#numbers[f][i] = orNaN(r[f]);
    for (const f of TEXT_FIELDS) this.#texts[f][i] = this.#pool.code(r[f]);
    this.#flags[i] = (r.private ? 1 : 0) | GATED_CODE[r.gated] << 1 | RELATION_CODE[r.relation] << 3;
  }
  /** Row `i` as a record of its own: changing it changes nothing here. */
  row(i) {
    const flags = this.#flags[i];
    const numbers = this.#numbers;
    const texts = this.#texts;
    const pool = this.#pool;
    return {
      id: this.#ids[i],
      author: pool.at(texts.author[i]),
      likes: numbers.likes[i],
      downloads: numbers.downloads[i],
      createdAt: numbers.createdAt[i],
      private: (flags & 1) === 1,
      gated: GATED[flags >> 1 & 3],
      library: pool.at(texts.library[i]),
      usedStorage: orNull(numbers.usedStorage[i]),
      spaces: numbers.spaces[i],
      lastModified: orNull(numbers.lastModified[i]),
      downloadsAllTime: orNull(numbers.downloadsAllTime[i]),
      parameters: orNull(numbers.parameters[i]),
      baseModel: pool.at(texts.baseModel[i]),
      relation: RELATION_ORDER[flags >> 3 & 7],
      license: pool.at(texts.license[i]),
      downloadsAllTimePrevious: orNull(numbers.downloadsAllTimePrevious[i]),
      pipelineTag: pool.at(texts.pipelineTag[i])
    };
  }
  /** Rows `start` to `end` (exclusive), one fresh record at a time. */
  *rows(start = 0, end = this.#length) {
    for (let i = start; i < end; i++) yield this.row(i);
  }
  [Symbol.iterator]() {
    return this.rows();
  }
  id(i) {
    return this.#ids[i];
  }
  createdAt(i) {
    return this.#numbers.createdAt[i];
  }
  lastModified(i) {
    return orNull(this.#numbers.lastModified[i]);
  }
  downloads(i) {
    return this.#numbers.downloads[i];
  }
  usedStorage(i) {
    return orNull(this.#numbers.usedStorage[i]);
  }
  baseModel(i) {
    return this.#pool.at(this.#texts.baseModel[i]);
  }
  relation(i) {
    return RELATION_ORDER[this.#flags[i] >> 3 & 7];
  }
  license(i) {
    return this.#pool.at(this.#texts.license[i]);
  }
  pipelineTag(i) {
    return this.#pool.at(this.#texts.pipelineTag[i]);
  }
  isPrivate(i) {
    return (this.#flags[i] & 1) === 1;
  }
  /** Each row's relation as its index in RELATION_ORDER (one pass, no string each). */
  relationCodes() {
    const codes = new Uint8Array(this.#length);
    for (let i = 0; i < this.#length; i++) codes[i] = this.#flags[i] >> 3 & 7;
    return codes;
  }
  gated(i) {
    return GATED[this.#flags[i] >> 1 & 3];
  }
  /**
   * The repeated-text columns as codes into the table's string pool (views trimmed to its rows),
   * for the writers that read whole columns; `text(code)` is the code's string.
   */
  textCodes() {
    const n = this.#length;
    return fields(TEXT_FIELDS, (f) => this.#texts[f].subarray(0, n));
  }
  text(code) {
    return this.#pool.at(code);
  }
  /** The code `text` answers `value` for, when the pool holds it. */
  textCodeOf(value) {
    return this.#pool.find(value);
  }
  /** Codes are below this. */
  get textCodeCount() {
    return this.#pool.size;
  }
  setUsedStorage(i, bytes) {
    this.#numbers.usedStorage[i] = orNaN(bytes);
  }
  setDownloadsAllTimePrevious(i, downloads) {
    this.#numbers.downloadsAllTimePrevious[i] = orNaN(downloads);
  }
  /**
   * The numeric columns, as views of the table's own storage trimmed to its rows: they see
   * later changes, and outlive `clear()`, which lets the text go.
   */
  columns() {
    const n = this.#length;
    return { length: n, ...fields(NUMBER_FIELDS, (f) => this.#numbers[f].subarray(0, n)) };
  }
  /** The ids, in the table's order (the table's own array: not to be changed). */
  ids() {
    return this.#ids;
  }
  /** Lets the columns go (the caller is done with the rows); the table is empty after. */
  clear() {
    this.#length = 0;
    this.#ids = [];
    this.#pool = new StringPool();
    this.#grow(16);
  }
  /** The rows for which `keep` holds, in their order, as a new table. */
  filter(keep) {
    const kept = new _ModelTable(this.#length);
    for (let i = 0; i < this.#length; i++) if (keep(i)) kept.push(this.row(i));
    return kept;
  }
  /**
   * Puts row `order[k]` at position k, in place, column by column (cycle by cycle), so that
   * reordering 2M rows needs no second copy of the table.
   */
  reorder(order) {
    const n = this.#length;
    if (order.length !== n) throw new Error(`reorder: ${order.length} positions for ${n} rows`);
    const done = new Uint8Array(n);
    const permute = (column) => {
      done.fill(0);
      for (let start = 0; start < n; start++) {
        if (done[start]) continue;
        const first = column[start];
        let k = start;
        for (; ; ) {
          done[k] = 1;
          const from = order[k];
          if (from === start) {
            column[k] = first;
            break;
          }
          column[k] = column[from];
          k = from;
        }
      }
    };
    permute(this.#ids);
    for (const f of NUMBER_FIELDS) permute(this.#numbers[f]);
    for (const f of TEXT_FIELDS) permute(this.#texts[f]);
    permute(this.#flags);
  }
};

// src/dataset/store.ts
async function writeWhole(path, text) {
  await writeFile(`${path}.tmp-${process.pid}`, text);
  await rename(`${path}.tmp-${process.pid}`, path);
}
var DATASET_STEM = "huggingface_models_data";
var INDEX_FILE = "index.csv";
var MANIFEST_FILE = "manifest.json";
function legacyTag(manifest) {
  if (!manifest) return DEFAULT_TAG;
  const tags = tagsOf(manifest.pipelineTag);
  return tags.length === 1 ? tags[0] : void 0;
}
function datasetDir(dataDir) {
  return join(dataDir, DATASET_STEM);
}
var monthsByDay = /* @__PURE__ */ new Map();
function monthOf(ms) {
  const day = Math.floor(ms / 864e5);
  let month = monthsByDay.get(day);
  if (month === void 0) monthsByDay.set(day, month = iso(ms).slice(0, 7));
  return month;
}
function fileForMonth(month) {
  return `${DATASET_STEM}-${month}.csv`;
}
function monthKey(ms) {
  const month = monthOf(ms);
  return Number(month.slice(0, 4)) * 100 + Number(month.slice(5, 7));
}
function putInDatasetOrder(table) {
  const n = table.length;
  const months = new Int32Array(n);
  let ordered = true;
  for (let i = 0; i < n; i++) {
    months[i] = monthKey(table.createdAt(i));
    if (ordered && i > 0) {
      const before = months[i - 1];
      ordered = before < months[i] || before === months[i] && compareIds(table.id(i - 1), table.id(i)) < 0;
    }
  }
  if (ordered) return table;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => months[a] - months[b] || compareIds(table.id(a), table.id(b)));
  table.reorder(order);
  return table;
}
function* monthRanges(table) {
  let start = 0;
  while (start < table.length) {
    const month = monthOf(table.createdAt(start));
    let end = start + 1;
    while (end < table.length && monthOf(table.createdAt(end)) === month) end++;
    yield { month, start, end };
    start = end;
  }
}
function* renderDataset(table, manifest) {
  putInDatasetOrder(table);
  const index = [];
  for (const { month, start, end } of monthRanges(table)) {
    const file = fileForMonth(month);
    const info = { file, month, rows: end - start, bytes: 0 };
    index.push(info);
    yield [file, counted(tableToCsv(table, start, end), info)];
  }
  yield [INDEX_FILE, [Buffer.from(indexToCsv(index))]];
  yield [MANIFEST_FILE, [Buffer.from(`${JSON.stringify(manifest, null, 2)}
`)]];
}
function* counted(pieces, info) {
  for (const piece of pieces) {
    info.bytes += piece.length;
    yield piece;
  }
}
function indexToCsv(index) {
  return ["file,month,rows,bytes", ...index.map((f) => `${f.file},${f.month},${f.rows},${f.bytes}`)].join("\n") + "\n";
}
var INDEX_HEADER = "file,month,rows,bytes";
async function readIndex(dataDir) {
  await recoverInterruptedSwap(dataDir);
  const path = join(datasetDir(dataDir), INDEX_FILE);
  const text = await readDataFile(path, dataDir);
  if (text === void 0) return void 0;
  return parseIndex(text, path);
}
function parseIndex(text, path) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const fail = (problem, line) => new DatasetFormatError(problem, { file: path, line, fix: restoreFix(path) });
  if (lines[0] !== INDEX_HEADER) throw fail(`the header must be ${INDEX_HEADER}, found ${JSON.stringify(lines[0] ?? "")}`, 1);
  return lines.slice(1).map((line, i) => {
    const match = /^(huggingface_models_data-(\d{4}-\d\d)\.csv),(\d{4}-\d\d),(\d+),(\d+)$/.exec(line);
    if (!match || match[2] !== match[3]) {
      throw fail(`expected "${DATASET_STEM}-YYYY-MM.csv,YYYY-MM,rows,bytes" for one month, found ${JSON.stringify(line)}`, i + 2);
    }
    return { file: match[1], month: match[3], rows: Number(match[4]), bytes: Number(match[5]) };
  });
}
async function readManifest(dataDir) {
  await recoverInterruptedSwap(dataDir);
  const path = join(datasetDir(dataDir), MANIFEST_FILE);
  const text = await readDataFile(path, dataDir);
  if (text === void 0) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error.message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : void 0;
    throw new DatasetFormatError("not valid JSON", { file: path, line, fix: restoreFix(path) });
  }
  const manifest = parsed;
  if (typeof manifest !== "object" || manifest === null || typeof manifest.pipelineTag !== "string" || typeof manifest.complete !== "boolean" || typeof manifest.models !== "number" || manifest.snapshot !== void 0 && (typeof manifest.snapshot !== "string" || Number.isNaN(Date.parse(manifest.snapshot)))) {
    throw new DatasetFormatError('expected {"pipelineTag": string, "complete": true|false, "models": number, "snapshot"?: an ISO-8601 date}', { file: path, fix: restoreFix(path) });
  }
  if (!/^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/.test(manifest.pipelineTag)) {
    throw new DatasetFormatError(`"pipelineTag" must be pipeline tags separated by commas, such as text-generation; got ${JSON.stringify(manifest.pipelineTag).slice(0, 80)}`, { file: path, line: 2, fix: restoreFix(path) });
  }
  return manifest;
}
async function readDataFile(path, dataDir) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOTDIR") throw await notAFolder(path, dataDir);
    if (code === "ENOENT") return void 0;
    throw error;
  }
}
async function notAFolder(path, dataDir) {
  let file = path;
  for (let dir = dirname(path); dir !== file; file = dir, dir = dirname(dir)) {
    try {
      if ((await stat(dir)).isFile()) {
        file = dir;
        break;
      }
    } catch {
    }
  }
  return new DatasetFormatError(`is a file, not a folder, so the data folder ${shownPath(dataDir)} cannot be inside it`, {
    file,
    fix: "To fix: give a data folder that is a directory (or does not exist yet)"
  });
}
async function forEachDatasetFile(dataDir, use) {
  const index = await readIndex(dataDir);
  if (!index) return false;
  const dir = datasetDir(dataDir);
  const indexPath = join(dir, INDEX_FILE);
  const disagree = (problem, line) => new DatasetFormatError(problem, { file: indexPath, line, fix: folderFix(dir) });
  const tag = legacyTag(await readManifest(dataDir));
  const listed = new Set(index.map((f) => f.file));
  const unlisted = (await readdir(dir)).filter((name) => name.startsWith(`${DATASET_STEM}-`) && name.endsWith(".csv") && !listed.has(name)).sort();
  if (unlisted.length > 0) throw disagree(`does not list ${unlisted.join(", ")}, which ${unlisted.length === 1 ? "is" : "are"} in the folder`);
  for (const [i, { file, rows }] of index.entries()) {
    const path = join(dir, file);
    const text = await readDataFile(path, dataDir);
    if (text === void 0) throw disagree(`lists ${file}, which is missing from the folder`, i + 2);
    const records = csvToRecords(text, path, monthFileFix(path, indexPath), tag);
    if (records.length !== rows) throw disagree(`says ${file} has ${rows} rows; it has ${records.length}`, i + 2);
    use(records);
  }
  return true;
}
async function readDataset(dataDir) {
  const index = await readIndex(dataDir);
  const table = new ModelTable(index?.reduce((sum, file) => sum + file.rows, 0));
  const found = await forEachDatasetFile(dataDir, (rows) => {
    for (const record of rows) table.push(record);
  });
  return found ? table : void 0;
}
async function writeDataset(dataDir, records, manifest) {
  await mkdir(dataDir, { recursive: true });
  await recoverInterruptedSwap(dataDir);
  await removeLeftovers(dataDir);
  const target = datasetDir(dataDir);
  const staging = join(dataDir, `.${DATASET_STEM}.staging-${process.pid}`);
  const old = join(dataDir, `.${DATASET_STEM}.old-${process.pid}`);
  await mkdir(staging);
  for (const [file, pieces] of renderDataset(records, manifest)) {
    const fd = openSync(join(staging, file), "w");
    try {
      for (const piece of pieces) writeAll(fd, piece);
    } finally {
      closeSync(fd);
    }
  }
  let hadOld = true;
  try {
    await rename(target, old);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    hadOld = false;
  }
  await rename(staging, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
  const index = await readIndex(dataDir) ?? [];
  return { dir: target, files: index, rows: records.length };
}
function writeAll(fd, bytes) {
  for (let at2 = 0; at2 < bytes.length; ) at2 += writeSync(fd, bytes, at2);
}
async function recoverInterruptedSwap(dataDir) {
  let names;
  try {
    names = await readdir(dataDir);
  } catch {
    return;
  }
  if (names.includes(DATASET_STEM)) return;
  const old = names.find((name) => name.startsWith(`.${DATASET_STEM}.old-`));
  if (old) await rename(join(dataDir, old), datasetDir(dataDir));
}
async function removeLeftovers(dataDir) {
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(`.${DATASET_STEM}.staging-`) || name.startsWith(`.${DATASET_STEM}.old-`)) {
      await rm(join(dataDir, name), { recursive: true, force: true });
    }
  }
}

// src/escape.ts
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var SHORT_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function codePoint(c) {
  return SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function quoted(text, max = 80) {
  const short = [...text].length > max ? `${[...text].slice(0, max - 1).join("")}\u2026` : text;
  return `"${short.replace(/["\\]/g, (c) => `\\${c}`).replace(CONTROLS, codePoint)}"`;
}
var MARKDOWN_SPECIAL = /[\\`*_[\]|~<>&]/g;
var MARKDOWN_ENTITIES = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
function markdownText(text) {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(CONTROLS, codePoint).replace(MARKDOWN_SPECIAL, (c) => MARKDOWN_ENTITIES[c] ?? `\\${c}`);
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function logLine(message) {
  return message.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, codePoint).replace(/##\[/g, "##\\[").replace(/^(\s*)::/gm, "$1\\::");
}

// src/analysis/trend-findings.ts
var DAY = 864e5;
var TOP_KEYS = 5;
var POINT = 0.02;
var round = (x) => x === null ? null : Math.round(x * 1e6) / 1e6;
function trendFindings(history, trends) {
  const snapshots = [...new Set(trends.map((r) => r.snapshot))].sort();
  const snapshot = snapshots.at(-1);
  if (snapshot === void 0) return void 0;
  const bound = new Date(Date.parse(snapshot) - 364 * DAY).toISOString().slice(0, 10);
  const yearAgo = snapshots.filter((s) => s <= bound).at(-1) ?? null;
  const first = snapshots[0];
  const shareOf = (dimension, at2, key) => at2 === null ? null : trends.find((r) => r.snapshot === at2 && r.dimension === dimension && r.key === key)?.downloadShare ?? (trends.some((r) => r.snapshot === at2 && r.dimension === dimension) ? 0 : null);
  const firstOf = (dimension) => snapshots.find((at2) => trends.some((r) => r.snapshot === at2 && r.dimension === dimension)) ?? null;
  const keysOf = (dimension) => trends.filter((r) => r.snapshot === snapshot && r.dimension === dimension && r.key !== "(other)" && r.downloadShare !== null).slice(0, TOP_KEYS).map((r) => {
    const then2 = shareOf(dimension, yearAgo, r.key);
    const firstShare = shareOf(dimension, firstOf(dimension), r.key);
    const now2 = r.downloadShare;
    return { key: r.key, now: now2, yearAgo: then2, first: firstShare, changeYear: then2 === null ? null : round(now2 - then2), changeSinceFirst: firstShare === null ? null : round(now2 - firstShare) };
  });
  const row = (at2) => at2 === null ? void 0 : history.find((h) => h.Snapshot === at2);
  const point = (at2) => {
    const h = row(at2);
    return h ? { snapshot: h.Snapshot, top10: h["Top 10 Models Share"], top1Percent: h["Top 1% Models Share"], gini: h["Gini 30 Days"] } : null;
  };
  const now = point(snapshot) ?? { snapshot, top10: null, top1Percent: null, gini: null };
  const then = point(yearAgo);
  const top10Change = then?.top10 != null && now.top10 !== null ? now.top10 - then.top10 : null;
  const authors = keysOf("author");
  const bases = keysOf("base");
  const relations = keysOf("relation");
  const leaderChange = authors.reduce((sum, k) => sum === null || k.changeYear === null ? null : sum + k.changeYear, 0);
  const qwen = shareOf("base", snapshot, "Qwen");
  const derivatives = trends.some((r) => r.snapshot === snapshot && r.dimension === "relation") ? 1 - (shareOf("relation", snapshot, "original") ?? 0) : null;
  const windows = "30-day windows overlap from one week to the next, so consecutive weeks share most of their downloads; weeks whose all-time counters rolled back are marked in history.csv (Quality), and their 30-day figures stand.";
  return {
    snapshot,
    yearAgo,
    first,
    weeks: snapshots.length,
    author: {
      first: firstOf("author"),
      verdict: leaderChange === null || authors.length === 0 ? "inconclusive" : leaderChange <= -POINT ? "supported" : leaderChange >= POINT ? "not supported" : "inconclusive",
      keys: authors,
      published: `Longpre et al. 2025 ("Economies of Open Intelligence", weekly since February 2025, all models of the Hub): US industry's share of downloads is falling while unaffiliated and Chinese developers rise. Here: whether this week's five largest authors together hold less than 52 weeks earlier (by two points or more).`,
      caveat: `Authors are namespaces, not countries or kinds of organisation. ${windows}`
    },
    base: {
      first: firstOf("base"),
      verdict: qwen === null ? "inconclusive" : qwen >= 0.2 ? "supported" : qwen < 0.1 ? "not supported" : "inconclusive",
      keys: bases,
      published: "Model Pulse (daily, 1.6M models, text and vision-language models): Qwen's base models take about 30% of downloads. Here: the share of the Qwen namespace's families (supported from 20%, not below 10%).",
      caveat: `A family's base is the namespace of its root (first parents walked back); a root outside the snapshot counts as itself, and weeks before the archive's files name parents (baseModels, January 2025) have no base rows. ${windows}`
    },
    relation: {
      first: firstOf("relation"),
      verdict: derivatives === null ? "inconclusive" : Math.abs(derivatives - 0.43) <= 0.1 ? "supported" : "not supported",
      keys: relations,
      published: "Model Pulse: derivatives (fine-tunes, adapters, quantizations, merges) take 43% of all model downloads. Here: every relation but original, within ten points of it.",
      caveat: `Relations come from the cards' base_model tags: a model that names no parent counts as original, and one that names a parent without a relation as unspecified. Weeks without baseModels in the archive have no relation rows: unknown is not original. ${windows}`
    },
    concentration: {
      verdict: top10Change === null ? "inconclusive" : top10Change <= -POINT ? "supported" : top10Change >= POINT ? "not supported" : "inconclusive",
      now,
      yearAgo: then,
      published: "Model Pulse: the 10 most downloaded models' share of downloads fell from 33.7% to 22.0% between September 2025 and September 2026, over all models. Here: the top 10's share of these tags now against 52 weeks earlier (a fall of two points or more supports it).",
      caveat: `Over these tags only, not the whole Hub: a narrower catalogue is more concentrated. ${windows}`
    },
    untaggedDerivatives: untaggedFinding(history),
    method: "From trends.csv and history.csv: shares of each snapshot's 30-day downloads; the snapshot 52 weeks back is the nearest at least 364 days before the newest. Changes are differences of shares (0.05 is five points).",
    caveat: windows
  };
}
function untaggedFinding(history) {
  const week = history.filter((h) => h.Source.startsWith("archive:") && h["Untagged Derivatives"] !== null).at(-1);
  const count = week?.["Untagged Derivatives"] ?? null;
  const trackedModels = week?.Models ?? null;
  return {
    verdict: "descriptive",
    snapshot: week?.Snapshot ?? null,
    count,
    trackedModels,
    share: count === null || !trackedModels ? null : round(count / trackedModels),
    published: "None: no public source counts the models a tag-based listing misses (many GGUF quantizations, Unsloth uploads, PEFT adapters before PEFT 0.16 write no pipeline tag).",
    caveat: week === void 0 ? "No archive week with baseModels in this dataset: only a backfill can count them (a listing by tag cannot see them)." : "Counted in the archive's file of that week: models with no pipeline tag whose first parents, through untagged models only, lead to a model of these tags. A chain that reaches another tag, a parent not in the file or a loop does not count. Live weeks cannot count them."
  };
}
var pct = (x) => x === null ? "\u2013" : `${(x * 100).toFixed(1)}%`;
var points = (x) => x === null ? "\u2013" : Math.abs(x) < 5e-4 ? "0.0 pts" : `${x > 0 ? "+" : "\u2212"}${Math.abs(x * 100).toFixed(1)} pts`;
var gini = (x) => x === null ? "\u2013" : x.toFixed(3);
function trendsMarkdown(t, text) {
  const table = (title, d) => [
    `### ${title}: ${d.verdict}`,
    "",
    `| key | share now | ${t.yearAgo ?? "52 weeks earlier (none yet)"} | change | ${d.first ?? "first"} | change |`,
    "|---|---|---|---|---|---|",
    ...d.keys.map((k) => `| ${text(k.key)} | ${pct(k.now)} | ${pct(k.yearAgo)} | ${points(k.changeYear)} | ${pct(k.first)} | ${points(k.changeSinceFirst)} |`),
    "",
    `_Published:_ ${d.published} _Caveat:_ ${d.caveat}`,
    ""
  ];
  const c = t.concentration;
  return [
    `## Over the weeks: ${t.weeks} snapshots, ${t.first} to ${t.snapshot}`,
    "",
    ...table("Who leads (authors)", t.author),
    ...table("Whose base models", t.base),
    ...table("What is derived (relations)", t.relation),
    `### How concentrated: ${c.verdict}`,
    "",
    "| | top 10 models | top 1% | Gini |",
    "|---|---|---|---|",
    `| ${c.now.snapshot} | ${pct(c.now.top10)} | ${pct(c.now.top1Percent)} | ${gini(c.now.gini)} |`,
    ...c.yearAgo ? [`| ${c.yearAgo.snapshot} | ${pct(c.yearAgo.top10)} | ${pct(c.yearAgo.top1Percent)} | ${gini(c.yearAgo.gini)} |`] : [],
    "",
    `_Published:_ ${c.published} _Caveat:_ ${c.caveat}`,
    "",
    `### What the tags miss: ${t.untaggedDerivatives.verdict}`,
    "",
    t.untaggedDerivatives.snapshot === null ? "No count yet." : `${t.untaggedDerivatives.count?.toLocaleString("en-US")} models with no pipeline tag derive from these tags' ${t.untaggedDerivatives.trackedModels?.toLocaleString("en-US")} models in the archive week of ${t.untaggedDerivatives.snapshot}: ${pct(t.untaggedDerivatives.share)} more than the tags show.`,
    "",
    `_Published:_ ${t.untaggedDerivatives.published} _Caveat:_ ${t.untaggedDerivatives.caveat}`,
    "",
    `_Method:_ ${t.method}`,
    ""
  ];
}

// src/analysis/name-index.ts
var NameIndex = class {
  #names;
  /** Slot → name number + 1; 0 is empty. */
  #slots;
  /** Slot → the name's hash: most names that share a slot differ in it, so few strings are compared. */
  #hashes;
  #mask;
  constructor(names) {
    this.#names = names;
    let size = 16;
    while (size < names.length * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#hashes = new Int32Array(size);
    this.#mask = size - 1;
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (this.find(name) !== -1) continue;
      const h = hashOf(name);
      let slot = h & this.#mask;
      while (this.#slots[slot] !== 0) slot = slot + 1 & this.#mask;
      this.#slots[slot] = k + 1;
      this.#hashes[slot] = h;
    }
  }
  /** The name's number, or -1 when it is not one of them. */
  find(text) {
    const h = hashOf(text);
    for (let slot = h & this.#mask; ; slot = slot + 1 & this.#mask) {
      const entry = this.#slots[slot];
      if (entry === 0) return -1;
      if (this.#hashes[slot] === h && this.#names[entry - 1] === text) return entry - 1;
    }
  }
};
var P = 16777619;
function hashOf(text) {
  const n = text.length;
  const mid = n >> 1;
  let h = Math.imul(2166136261 ^ n, P);
  h = Math.imul(h ^ text.charCodeAt(0), P);
  h = Math.imul(h ^ text.charCodeAt(1), P);
  h = Math.imul(h ^ text.charCodeAt(n >> 2), P);
  h = Math.imul(h ^ text.charCodeAt(mid), P);
  h = Math.imul(h ^ text.charCodeAt(mid + 1), P);
  h = Math.imul(h ^ text.charCodeAt(3 * n >> 2), P);
  h = Math.imul(h ^ text.charCodeAt(n - 4), P);
  h = Math.imul(h ^ text.charCodeAt(n - 3), P);
  h = Math.imul(h ^ text.charCodeAt(n - 2), P);
  h = Math.imul(h ^ text.charCodeAt(n - 1), P);
  return h ^ h >>> 15;
}

// src/analysis/stats.ts
function rowsWhere(length, keep) {
  const rows = new Uint32Array(length);
  let kept = 0;
  for (let i = 0; i < length; i++) if (keep(i)) rows[kept++] = i;
  return rows.slice(0, kept);
}
function at(column, rows) {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = column[rows[k]];
  return out;
}
function largestValue(values) {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}
function median(values) {
  const n = values.length;
  if (n === 0) return null;
  const work = Float64Array.from(values);
  const upper = select(work, n >> 1);
  if (n % 2 === 1) return upper;
  let lower = work[0];
  for (let i = 1; i < n >> 1; i++) if (work[i] > lower) lower = work[i];
  return (lower + upper) / 2;
}
function select(a, k) {
  let lo = 0;
  let hi = a.length - 1;
  for (let round3 = 0; hi > lo; round3++) {
    if (round3 === 64) {
      a.subarray(lo, hi + 1).sort();
      break;
    }
    const x = a[lo];
    const y = a[lo + hi >>> 1];
    const z = a[hi];
    const pivot = x < y ? y < z ? y : x < z ? z : x : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}
function weightedMedian(values, weights) {
  const n = values.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  if (total === 0) return null;
  const v = Float64Array.from(values);
  const w = Float64Array.from(weights);
  const half = total / 2;
  let lo = 0;
  let hi = n - 1;
  let below = 0;
  while (hi > lo) {
    const pivot = v[lo + hi >>> 1];
    let lt = lo;
    let gt = hi;
    for (let i = lo; i <= gt; ) {
      const value = v[i];
      if (value < pivot) swap(v, w, i++, lt++);
      else if (value > pivot) swap(v, w, i, gt--);
      else i++;
    }
    let smaller = below;
    for (let i = lo; i < lt; i++) smaller += w[i];
    let equal = 0;
    for (let i = lt; i <= gt; i++) equal += w[i];
    if (smaller >= half) hi = lt - 1;
    else if (smaller + equal >= half) return pivot;
    else {
      below = smaller + equal;
      lo = gt + 1;
    }
  }
  return v[lo];
}
function swap(v, w, i, j) {
  const value = v[i];
  v[i] = v[j];
  v[j] = value;
  const weight = w[i];
  w[i] = w[j];
  w[j] = weight;
}
function mean(values) {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
var lent;
function withRankingSpace(n, work) {
  const outer = lent;
  lent = new Uint32Array(6 * n);
  try {
    return work();
  } finally {
    lent = outer;
  }
}
function averageRanks(values) {
  const n = values.length;
  const scratch = lent !== void 0 && lent.length >= 6 * n ? lent : new Uint32Array(6 * n);
  let hi = scratch.subarray(0, n);
  let lo = scratch.subarray(n, 2 * n);
  let at2 = scratch.subarray(2 * n, 3 * n);
  const word = new Float64Array(1);
  const bits = new Uint32Array(word.buffer);
  for (let i = 0; i < n; i++) {
    word[0] = values[i] + 0;
    const h = bits[1];
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 2147483648) >>> 0;
    lo[i] = negative ? ~bits[0] >>> 0 : bits[0];
    at2[i] = i;
  }
  let hi2 = scratch.subarray(3 * n, 4 * n);
  let lo2 = scratch.subarray(4 * n, 5 * n);
  let at22 = scratch.subarray(5 * n, 6 * n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const shift = pass % 2 === 0 ? 0 : 16;
    const source = pass < 2 ? lo : hi;
    counts.fill(0);
    for (let k = 0; k < n; k++) {
      const digit = source[k] >>> shift & 65535;
      counts[digit] = counts[digit] + 1;
    }
    if (n > 0 && counts[source[0] >>> shift & 65535] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const digit = source[k] >>> shift & 65535;
      const to = counts[digit];
      counts[digit] = to + 1;
      hi2[to] = hi[k];
      lo2[to] = lo[k];
      at22[to] = at2[k];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [at2, at22] = [at22, at2];
  }
  const ranks = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && hi[end] === hi[start] && lo[end] === lo[start]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[at2[k]] = rank;
    start = end;
  }
  return ranks;
}
function spearman(x, y) {
  if (x.length !== y.length) throw new Error("spearman needs two series of equal length");
  if (x.length < 3) return null;
  return pearson(averageRanks(x), averageRanks(y));
}
function spearmanOfRanks(xRanks, yRanks) {
  return xRanks.length < 3 ? null : pearson(xRanks, yRanks);
}
function pearson(x, y) {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
function slope(y) {
  const n = y.length;
  const mx = (n - 1) / 2;
  let my = 0;
  for (const v of y) my += v;
  my /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (i - mx) * (y[i] - my);
    den += (i - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
function round2(value, digits2 = 4) {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits2;
  return Math.round(value * factor) / factor || 0;
}
var Top = class {
  items = [];
  size;
  constructor(size) {
    this.size = size;
  }
  offer(item, score) {
    const worst = this.items.at(-1);
    if (this.items.length === this.size && worst && (score < worst.score || score === worst.score && item.id > worst.item.id)) return;
    let k = this.items.length;
    while (k > 0) {
      const above = this.items[k - 1];
      if (above.score > score || above.score === score && above.item.id < item.id) break;
      k--;
    }
    this.items.splice(k, 0, { item, score });
    if (this.items.length > this.size) this.items.pop();
  }
};

// src/analysis/lineage.ts
var CATEGORIES = ["original", "finetune", "adapter", "quantized", "merge", "unspecified"];
var DERIVATIVE_CATEGORIES = CATEGORIES.slice(1);
var CATEGORY_CODE = { "": 5, finetune: 1, adapter: 2, quantized: 3, merge: 4 };
function parentsOf(baseModel) {
  if (baseModel === "") return [];
  return baseModel.includes(";") ? baseModel.split(";").filter((p) => p !== "") : [baseModel];
}
var LineageTable = class _LineageTable {
  ids;
  /** Every id named as a parent (first or not), once each: a parent's number is its position. */
  parentNames;
  /** Per model, its first parent's number; -1 when it names none. */
  firstParent;
  /** Per parent number, the model with that id; -1 when it is not in the dataset. */
  parentModel;
  /** Per model, 1 when another model (any of its parents) names it: it has children in the dataset. */
  hasChildren;
  /** Index into CATEGORIES. */
  categories;
  /** Per model, its licence as a number (equal licences, equal numbers; 0 is none). */
  licenses;
  licenseNames;
  downloads;
  createdAt;
  /** Each model's pipeline tag (the families report their roots'), when known. */
  tags;
  constructor(source, tags) {
    this.tags = tags;
    const n = source.ids.length;
    this.ids = source.ids;
    this.downloads = source.downloads;
    this.createdAt = source.createdAt;
    const parentNumbers = /* @__PURE__ */ new Map();
    const parentNames = [];
    const numberOf = (name) => {
      let k = parentNumbers.get(name);
      if (k === void 0) {
        parentNumbers.set(name, k = parentNames.length);
        parentNames.push(name);
      }
      return k;
    };
    const UNREAD = -2;
    const firstOfCode = new Int32Array(largestValue(source.baseModels) + 1).fill(UNREAD);
    this.firstParent = new Int32Array(n);
    this.categories = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const code = source.baseModels[i];
      let first = firstOfCode[code];
      if (first === UNREAD) {
        const parents = parentsOf(source.text(code));
        for (const parent of parents) numberOf(parent);
        firstOfCode[code] = first = parents.length ? numberOf(parents[0]) : -1;
      }
      this.firstParent[i] = first;
      this.categories[i] = first === -1 ? 0 : source.relations[i];
    }
    this.parentNames = parentNames;
    const names = new NameIndex(parentNames);
    this.parentModel = new Int32Array(parentNames.length).fill(-1);
    this.hasChildren = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = names.find(source.ids[i]);
      if (k === -1) continue;
      this.hasChildren[i] = 1;
      if (this.parentModel[k] === -1) this.parentModel[k] = i;
    }
    const licenseOf = new Int32Array(largestValue(source.licenses) + 1).fill(UNREAD);
    const licenseNames = [""];
    this.licenses = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const code = source.licenses[i];
      let local = licenseOf[code];
      if (local === UNREAD) {
        const name = source.text(code);
        licenseOf[code] = local = name === "" ? 0 : licenseNames.push(name) - 1;
      }
      this.licenses[i] = local;
    }
    this.licenseNames = licenseNames;
  }
  /** The lineage columns of a whole table: its ids and numbers shared, not copied. */
  static of(models, tags) {
    const codes = models.textCodes();
    const n = models.length;
    const categoryOf = RELATION_ORDER.map((r) => CATEGORY_CODE[r]);
    const relationCodes = models.relationCodes();
    const relations = new Uint8Array(n);
    for (let i = 0; i < n; i++) relations[i] = categoryOf[relationCodes[i]];
    const { downloads, createdAt } = models.columns();
    return new _LineageTable({ ids: models.ids(), baseModels: codes.baseModel, relations, licenses: codes.license, text: (code) => models.text(code), downloads, createdAt }, tags);
  }
  /** The same from records (small sets: tests, examples). */
  static ofRecords(records) {
    const texts = [];
    const codes = /* @__PURE__ */ new Map();
    const code = (text) => codes.get(text) ?? (codes.set(text, texts.length), texts.push(text) - 1);
    return new _LineageTable({
      ids: records.map((r) => r.id),
      baseModels: records.map((r) => code(r.baseModel)),
      relations: records.map((r) => CATEGORY_CODE[r.relation]),
      licenses: records.map((r) => code(r.license)),
      text: (c) => texts[c],
      downloads: records.map((r) => r.downloads),
      createdAt: records.map((r) => r.createdAt)
    });
  }
  get size() {
    return this.ids.length;
  }
};
function families(table) {
  const n = table.size;
  const NONE = -1;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = table.firstParent[i];
    if (k === -1) parent[i] = NONE;
    else {
      const at2 = table.parentModel[k];
      parent[i] = at2 === -1 ? -2 - k : at2;
    }
  }
  const UNSETTLED = 2147483647;
  const root = new Int32Array(n);
  const settled = new Int32Array(n).fill(UNSETTLED);
  const mark = new Int32Array(n).fill(-1);
  const path = [];
  for (let start = 0; start < n; start++) {
    if (settled[start] !== UNSETTLED) {
      root[start] = settled[start];
      continue;
    }
    path.length = 0;
    let current = start;
    let found;
    let cycleAt = Number.POSITIVE_INFINITY;
    for (; ; ) {
      const known = settled[current];
      if (known !== UNSETTLED) {
        found = known;
        break;
      }
      mark[current] = start;
      path.push(current);
      const p = parent[current];
      if (p === NONE) {
        found = current;
        break;
      }
      if (p < NONE) {
        found = -1 - (-2 - p);
        break;
      }
      if (mark[p] === start) {
        found = current;
        cycleAt = path.indexOf(p);
        break;
      }
      current = p;
    }
    root[start] = found;
    for (let k = 0; k < Math.min(cycleAt, path.length); k++) settled[path[k]] = found;
  }
  const parentIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) parentIndex[i] = Math.max(parent[i], -1);
  const rootName = (r) => r >= 0 ? table.ids[r] : table.parentNames[-1 - r];
  return {
    root,
    rootName,
    missingRoots: table.parentNames.length,
    get rootOf() {
      return Array.from(root, rootName);
    },
    parentIndex
  };
}
var DAY_MS2 = 864e5;
var zeroCounts = () => ({ original: 0, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 });
function top(counts, n, make) {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n).map(([key, count]) => make(key, count));
}
function computeLineage(table, snapshotMs, largest = 20) {
  const n = table.size;
  const { root: rootOf, rootName, parentIndex, missingRoots } = families(table);
  const byQuarter = /* @__PURE__ */ new Map();
  const byMonth = /* @__PURE__ */ new Map();
  const recentQuarters = [quarterOf(snapshotMs), quarterOf(Date.UTC(new Date(snapshotMs).getUTCFullYear(), new Date(snapshotMs).getUTCMonth() - 3, 1))];
  const recent = new Set(recentQuarters);
  let recentNew = 0;
  let derivatives = 0;
  const slotOf = (root) => root >= 0 ? root : n - 1 - root;
  const familyDerivatives = new Uint32Array(n + missingRoots);
  const byDay = /* @__PURE__ */ new Map();
  const licenseCounts = new Uint32Array(table.licenseNames.length);
  const changes = /* @__PURE__ */ new Map();
  let comparable = 0;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[table.categories[i]];
    const created = table.createdAt[i];
    const root = rootOf[i];
    if (root !== i) {
      const slot = slotOf(root);
      familyDerivatives[slot] = familyDerivatives[slot] + 1;
    }
    if (category !== "original") derivatives++;
    if (isDatedCreation(created, snapshotMs)) {
      const day = Math.floor(created / DAY_MS2);
      let counts2 = byDay.get(day);
      if (!counts2) {
        const quarter = quarterOf(created);
        const month = monthOf(created);
        if (!byQuarter.has(quarter)) byQuarter.set(quarter, zeroCounts());
        if (!byMonth.has(month)) byMonth.set(month, zeroCounts());
        byDay.set(day, counts2 = { quarter: byQuarter.get(quarter), month: byMonth.get(month), recent: recent.has(quarter) });
      }
      counts2.quarter[category]++;
      counts2.month[category]++;
      if (counts2.recent) recentNew++;
    }
    const license = table.licenses[i];
    licenseCounts[license] = licenseCounts[license] + 1;
    const p = parentIndex[i];
    if (category !== "original" && p >= 0 && license !== 0 && table.licenses[p] !== 0) {
      comparable++;
      const from = table.licenses[p];
      if (from !== license) {
        differing++;
        const key = from * table.licenseNames.length + license;
        changes.set(key, (changes.get(key) ?? 0) + 1);
      }
    }
  }
  const none = licenseCounts[0];
  const licenseName = (code) => table.licenseNames[code];
  const named = /* @__PURE__ */ new Map();
  for (let code = 1; code < licenseCounts.length; code++) named.set(licenseName(code), licenseCounts[code]);
  const changed = /* @__PURE__ */ new Map();
  for (const [key, models] of changes) changed.set(`${licenseName(Math.floor(key / table.licenseNames.length))}\0${licenseName(key % table.licenseNames.length)}`, models);
  const counts = familyDerivatives.slice().sort();
  const threshold = Math.max(1, counts[counts.length - largest] ?? 1);
  const largestRoots = [];
  for (let slot = 0; slot < familyDerivatives.length; slot++) {
    if (familyDerivatives[slot] >= threshold) largestRoots.push(slot < n ? slot : n - 1 - slot);
  }
  largestRoots.sort((a, b) => familyDerivatives[slotOf(b)] - familyDerivatives[slotOf(a)] || compareIds(rootName(a), rootName(b)));
  largestRoots.length = Math.min(largestRoots.length, largest);
  const chosen = new Map(largestRoots.map((root) => [root, { byRelation: { finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 }, downloads: 0, recent: 0, top: new Top(10) }]));
  for (let i = 0; i < n; i++) {
    const root = rootOf[i];
    const family = chosen.get(root);
    if (!family) continue;
    const category = CATEGORIES[table.categories[i]];
    const downloads = table.downloads[i];
    const created = table.createdAt[i];
    family.downloads += downloads;
    if (root !== i) family.byRelation[category]++;
    if (isDatedCreation(created, snapshotMs) && byDay.get(Math.floor(created / DAY_MS2))?.recent) family.recent++;
    family.top.offer({ id: table.ids[i], downloads, category }, downloads);
  }
  const familyRows = largestRoots.map((root) => {
    const f = chosen.get(root);
    return {
      root: rootName(root),
      rootInDataset: root >= 0,
      rootTag: root >= 0 && table.tags ? table.tags.names[table.tags.of[root]] ?? null : null,
      derivatives: familyDerivatives[slotOf(root)],
      byRelation: f.byRelation,
      downloads: f.downloads,
      shareOfRecentNew: round2(recentNew ? f.recent / recentNew : 0, 4)
    };
  });
  const familyTop = Object.fromEntries([...chosen].map(([root, f]) => [rootName(root), f.top.items.map(({ item }) => item)]));
  const structure = lineageStructure(table, { root: rootOf, rootName, parentIndex, slotOf, familyDerivatives }, snapshotMs);
  const quarters = [...byQuarter.keys()].sort().map((quarter) => {
    const counts2 = byQuarter.get(quarter);
    const models = CATEGORIES.reduce((sum, c) => sum + counts2[c], 0);
    return { quarter, models, ...counts2, derivativeShare: round2(models ? (models - counts2.original) / models : 0, 4) };
  });
  const months = [...byMonth.keys()].sort().map((month) => ({ month, ...byMonth.get(month) }));
  return {
    months,
    familyTop,
    insights: {
      verdict: "descriptive",
      models: n,
      derivatives,
      derivativeShare: round2(n ? derivatives / n : 0, 4),
      quarters,
      recentQuarters: [...recentQuarters].sort(),
      largestFamilies: familyRows,
      structure,
      licenses: {
        top: top(named, 10, (license, models) => ({ license, models, share: round2(models / n, 4) })),
        none: { models: none, share: round2(n ? none / n : 0, 4) },
        comparable,
        differing,
        driftShare: round2(comparable ? differing / comparable : null, 4),
        topChanges: top(changed, 10, (key, models) => {
          const [from, to] = key.split("\0");
          return { from, to, models };
        })
      },
      method: "Parents from the Hub's base_model tags (Base Model, first parent first). A model with no parent is an original; a derivative's relation is its first typed tag (finetune, adapter, quantized, merge), or unspecified when its card names a parent without one. Family: walk first parents to a model with no parent; a parent missing from the dataset (often a base model of another pipeline tag) is itself the root; a walk that comes back to a model it visited stops at the last model before the repeat. Family size counts derivatives (models other than the root); downloads are 30-day downloads of all its models. Licence drift compares a derivative's licence tag with its first parent's, where both are in the dataset and tagged.",
      caveat: "Tags are what model cards say: parents and relations are self-reported and often missing, so derivatives are under-counted and 'original' includes undeclared derivatives. Families whose root lies outside the dataset count only the members in it. Placeholder-dated models are in no quarter or month."
    }
  };
}
function quantile(sorted, q) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
function lineageStructure(table, walked, snapshotMs) {
  const n = table.size;
  const { root, rootName, parentIndex, slotOf, familyDerivatives } = walked;
  const relations = ["finetune", "adapter", "quantized", "merge"];
  const fertility = Object.fromEntries(relations.map((r) => [r, { models: 0, withChildren: 0, share: 0 }]));
  const UNKNOWN = -1;
  const RESOLVING = -2;
  const generation = new Int32Array(n).fill(UNKNOWN);
  const path = [];
  for (let start = 0; start < n; start++) {
    if (generation[start] !== UNKNOWN) continue;
    path.length = 0;
    let current = start;
    let base;
    for (; ; ) {
      const known = generation[current];
      if (known >= 0) {
        base = known;
        break;
      }
      if (known === RESOLVING) {
        base = -1;
        break;
      }
      generation[current] = RESOLVING;
      path.push(current);
      const p = parentIndex[current];
      if (p < 0) {
        base = table.firstParent[current] === -1 ? -1 : 0;
        break;
      }
      current = p;
    }
    for (let k = path.length - 1; k >= 0; k--) generation[path[k]] = ++base;
  }
  const familyDepth = new Int32Array(familyDerivatives.length);
  const deepestOf = new Int32Array(familyDerivatives.length).fill(-1);
  const newByFamily = new Uint32Array(familyDerivatives.length);
  const since = snapshotMs - 30 * 864e5;
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[table.categories[i]];
    if (category !== "original" && category !== "unspecified") {
      const f = fertility[category];
      f.models++;
      if (table.hasChildren[i] === 1) f.withChildren++;
    }
    const slot = slotOf(root[i]);
    if (generation[i] > familyDepth[slot] || deepestOf[slot] === -1) {
      familyDepth[slot] = generation[i];
      deepestOf[slot] = i;
    }
    const created = table.createdAt[i];
    if (created > since && isDatedCreation(created, snapshotMs)) newByFamily[slot] = newByFamily[slot] + 1;
  }
  for (const r of relations) fertility[r].share = round2(fertility[r].models ? fertility[r].withChildren / fertility[r].models : 0, 4);
  const depths = [];
  let deepestSlot = -1;
  for (let slot = 0; slot < familyDerivatives.length; slot++) {
    if (familyDerivatives[slot] === 0) continue;
    depths.push(familyDepth[slot]);
    if (deepestSlot === -1 || familyDepth[slot] > familyDepth[deepestSlot]) deepestSlot = slot;
  }
  const sorted = Uint32Array.from(depths).sort();
  const chain = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = deepestSlot === -1 ? -1 : deepestOf[deepestSlot]; i >= 0 && !seen.has(i); i = parentIndex[i]) {
    seen.add(i);
    chain.push(table.ids[i]);
    if (parentIndex[i] < 0 && table.firstParent[i] !== -1) chain.push(table.parentNames[table.firstParent[i]]);
  }
  const gained = [];
  const gainedTop = new Top(10);
  for (let slot = 0; slot < newByFamily.length; slot++) {
    const count = newByFamily[slot];
    if (count > 0) gainedTop.offer({ id: rootName(slot < n ? slot : n - 1 - slot), newModels: count }, count);
  }
  for (const { item } of gainedTop.items) gained.push({ root: item.id, newModels: item.newModels });
  return {
    fertility,
    depth: { families: depths.length, median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), deepest: deepestSlot === -1 ? 0 : familyDepth[deepestSlot], chain },
    gainedLast30Days: gained,
    method: "Fertility: the share of a relation's models named as a parent (any of them, not only the first) by another model of the dataset. Depth: generations along first parents within each family with a derivative; median, 99th percentile (nearest rank) and the deepest, with its chain from the deepest model up. Compare: Laufer, Oderinwale & Kleinberg 2025 (of fine-tunes 7.9% have children of their own, of quantized models 0.95%, of adapters 0.19%; 19.8% of fine-tune edges change licence: see the licence drift above).",
    caveat: "Children are counted within this pipeline tag only: a fine-tune whose children are of another tag (an image-text model, say) counts as childless, so fertility is a lower bound; the published shares are over the whole Hub."
  };
}

// src/analysis/popularity.ts
var CLASSES = [
  { name: "Not Popular", min: 0, max: 39, label: "< 40 downloads" },
  { name: "Popular", min: 40, max: 999, label: "40\u2013999 downloads" },
  { name: "Very Popular", min: 1e3, max: Number.POSITIVE_INFINITY, label: "\u2265 1000 downloads" }
];
function popularityClass(downloads) {
  return downloads < 40 ? "Not Popular" : downloads < 1e3 ? "Popular" : "Very Popular";
}
function popularityClasses(models) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < models.length; i++) {
    const c = popularityClass(models.downloads[i]);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return CLASSES.map((c) => {
    const count = counts.get(c.name) ?? 0;
    return { name: c.name, label: c.label, count, share: models.length ? count / models.length : 0 };
  });
}
function downloadBins(maxDownloads) {
  const bins = [{ lower: 0, upper: 1, label: "0" }];
  let lower = 1;
  const steps = [2, 4, 10];
  let decade = 1;
  while (lower <= maxDownloads) {
    for (const step of steps) {
      const upper = decade * step;
      if (upper <= lower) continue;
      bins.push({ lower, upper, label: binLabel(lower, upper) });
      lower = upper;
      if (lower > maxDownloads) break;
    }
    decade *= 10;
  }
  return bins;
}
function binLabel(lower, upper) {
  if (upper - lower === 1) return String(lower);
  return upper <= 1e3 ? `${lower}\u2013${upper - 1}` : `${compact(lower)}\u2013${compact(upper)}`;
}
function compact(n) {
  if (n >= 1e9) return `${trim(n / 1e9)}B`;
  if (n >= 1e6) return `${trim(n / 1e6)}M`;
  if (n >= 1e3) return `${trim(n / 1e3)}k`;
  return String(n);
}
function trim(x) {
  return x >= 100 ? x.toFixed(0) : Number(x.toPrecision(3)).toString();
}

// src/analysis/market.ts
var DAY2 = 864e5;
var TOP_AUTHORS = 50;
var TOP_LIBRARIES = 6;
var LORENZ_POINTS = [...Array.from({ length: 19 }, (_, k) => k * 0.05), ...Array.from({ length: 9 }, (_, k) => 0.91 + k * 0.01), 0.995, 0.999, 1];
function formatParameters(n) {
  return n === null ? "n/a" : n >= 1e9 ? `${(n / 1e9).toFixed(1)}B` : `${Math.round(n / 1e6)}M`;
}
var PARAMETER_BANDS = [
  { band: "< 1B", min: 0, max: 1e9 },
  { band: "1\u201310B", min: 1e9, max: 1e10 },
  { band: "10\u2013100B", min: 1e10, max: 1e11 },
  { band: "\u2265 100B", min: 1e11, max: Number.POSITIVE_INFINITY }
];
function giniOfSorted(ascending, total) {
  const n = ascending.length;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (i + 1) * ascending[i];
  return n === 0 || total === 0 ? 0 : 2 * weighted / (n * total) - (n + 1) / n;
}
function topAuthors(values, authors, name) {
  const maxCode = largestValue(authors);
  const sums = new Float64Array(maxCode + 1);
  const isAuthor = new Uint8Array(maxCode + 1);
  for (let i = 0; i < authors.length; i++) {
    const code = authors[i];
    sums[code] = sums[code] + values[i];
    isAuthor[code] = 1;
  }
  const top2 = new Top(TOP_AUTHORS);
  for (let code = 0; code <= maxCode; code++) {
    if (!isAuthor[code]) continue;
    const downloads = sums[code];
    const worst = top2.items.at(-1);
    if (top2.items.length === TOP_AUTHORS && worst && downloads < worst.score) continue;
    top2.offer({ id: name(code), downloads }, downloads);
  }
  return top2.items.map(({ item }) => ({ author: item.id, downloads: item.downloads }));
}
function concentration(values, authors, name) {
  const n = values.length;
  const ascending = Float64Array.from(values).sort();
  let total = 0;
  let zeros = 0;
  for (let i2 = 0; i2 < n; i2++) {
    const v = ascending[i2];
    total += v;
    if (v === 0) zeros++;
  }
  const sumOfTop = (k) => {
    let s = 0;
    for (let i2 = Math.max(0, n - k); i2 < n; i2++) s += ascending[i2];
    return s;
  };
  const top2 = topAuthors(values, authors, name);
  const lorenz = [];
  let cumulative = 0;
  let i = 0;
  for (const point of LORENZ_POINTS) {
    const upTo = Math.round(n * point);
    for (; i < upTo; i++) cumulative += ascending[i];
    lorenz.push({ models: round2(point, 4), downloads: round2(total ? cumulative / total : 0, 4) });
  }
  const share = (s) => round2(total ? s / total : 0, 4);
  return {
    models: n,
    zeroShare: round2(n ? zeros / n : 0, 4),
    top1PercentShare: share(sumOfTop(Math.ceil(n / 100))),
    top10PercentShare: share(sumOfTop(Math.ceil(n / 10))),
    gini: round2(giniOfSorted(ascending, total), 4),
    top50AuthorsShare: share(top2.reduce((s, a) => s + a.downloads, 0)),
    topAuthors: top2.slice(0, 10),
    lorenz
  };
}
function computeMarket(table, snapshotMs) {
  const columns = table.columns();
  const codes = table.textCodes();
  const n = table.length;
  const name = (code) => table.text(code);
  const knownAllTime = rowsWhere(n, (i) => !Number.isNaN(columns.downloadsAllTime[i]));
  const allTime = at(columns.downloadsAllTime, knownAllTime);
  const allTimeAuthors = Uint32Array.from(knownAllTime, (i) => codes.author[i]);
  const { labels: ordered, of: quarterOfRow } = creationQuarters(columns.createdAt, snapshotMs);
  const quarterCount = ordered.length;
  const libraryCounts = /* @__PURE__ */ new Map();
  const modelsByQuarter = new Uint32Array(quarterCount);
  const gatedRow = new Uint8Array(n);
  let withParameters = 0;
  let gatedAuto = 0;
  let gatedManual = 0;
  for (let i = 0; i < n; i++) {
    const library = codes.library[i];
    libraryCounts.set(library, (libraryCounts.get(library) ?? 0) + 1);
    const gated = table.gated(i);
    if (gated === "auto") gatedAuto++;
    else if (gated === "manual") gatedManual++;
    gatedRow[i] = gated === "false" ? 0 : 1;
    if (!Number.isNaN(columns.parameters[i])) withParameters++;
    const q = quarterOfRow[i];
    if (q >= 0) modelsByQuarter[q] = modelsByQuarter[q] + 1;
  }
  const named = [...libraryCounts].filter(([code]) => name(code) !== "").sort((a, b) => b[1] - a[1] || (name(a[0]) < name(b[0]) ? -1 : 1)).slice(0, TOP_LIBRARIES).map(([code]) => code);
  const emptyCode = [...libraryCounts.keys()].find((code) => name(code) === "");
  const libraryColumn = new Map(named.map((code, k) => [code, k]));
  if (emptyCode !== void 0) libraryColumn.set(emptyCode, named.length);
  const libraryWidth = named.length + 1;
  const libraryByQuarter = new Uint32Array(quarterCount * libraryWidth);
  for (let i = 0; i < n; i++) {
    const q = quarterOfRow[i];
    const column = q < 0 ? void 0 : libraryColumn.get(codes.library[i]);
    if (column !== void 0) libraryByQuarter[q * libraryWidth + column] = libraryByQuarter[q * libraryWidth + column] + 1;
  }
  const params = valuesByGroup(quarterOfRow, quarterCount, (i) => columns.parameters[i]);
  const paramWeights = valuesByGroup(quarterOfRow, quarterCount, (i) => Number.isNaN(columns.parameters[i]) ? Number.NaN : columns.downloads[i]);
  const perDay2 = (i) => columns.downloadsAllTime[i] / Math.max(1, (snapshotMs - columns.createdAt[i]) / DAY2);
  const gatedRates = valuesByGroup(quarterOfRow, quarterCount, (i) => gatedRow[i] === 1 ? perDay2(i) : Number.NaN);
  const ungatedRates = valuesByGroup(quarterOfRow, quarterCount, (i) => gatedRow[i] === 0 ? perDay2(i) : Number.NaN);
  return {
    concentration: {
      verdict: "descriptive",
      last30Days: concentration(columns.downloads, codes.author, name),
      allTime: concentration(allTime, allTimeAuthors, name),
      method: "Shares of all downloads: models with none; the \u2308n/100\u2309 and \u2308n/10\u2309 most downloaded models; the 50 authors with the most. Gini coefficient over every model (0: equal, 1: one model holds all). Compare: Osborne et al. 2024 (over 70% of models never downloaded; 1% of models take 99% of downloads); Hugging Face's model statistics of October 2025 (the top 50 entities hold 80% of downloads); Longpre et al. 2025 (Gini and HHI of downloads over time).",
      caveat: "The Hub counts a download for every GET or HEAD of a model's query file (every .gguf file counts), without de-duplicating users or CI: quantized and full models are not the same unit, and a busy CI job looks like a popular model. 30-day downloads are a rolling window; all-time downloads cover the models that report them."
    },
    sizeOverTime: {
      verdict: "descriptive",
      coverage: round2(n ? withParameters / n : 0, 4),
      quarters: ordered.map((quarter, q) => {
        const counts = params.of(q);
        const bands = Object.fromEntries(PARAMETER_BANDS.map((b) => [b.band, round2(counts.length ? counts.filter((p) => p >= b.min && p < b.max).length / counts.length : 0, 4)]));
        return { quarter, models: modelsByQuarter[q], withParameters: counts.length, medianParameters: median(counts), downloadWeightedMedian: weightedMedian(counts, paramWeights.of(q)), bands };
      }),
      method: "Per creation quarter, over the models with a parameter count: the median, and the median of what is downloaded (each model weighted by its 30-day downloads), with the shares under 1B, 1\u201310B, 10\u2013100B and from 100B. Compare: Longpre et al. 2025 (the mean size of new models up 17\xD7 while the median of what is downloaded barely moved); Hugging Face's statistics of October 2025 (92% of downloads to models under 1B).",
      caveat: "Parameters come from safetensors files at the top of a repository: GGUF-only repositories, adapters and .bin weights have none, so quantized models are mostly missing here. Coverage is stated."
    },
    formats: {
      verdict: "descriptive",
      libraries: [...named.map(name), "other", "none"],
      quarters: ordered.map((quarter, q) => {
        const models = modelsByQuarter[q];
        const shares = {};
        let namedCount = 0;
        named.forEach((code, k) => {
          const count = libraryByQuarter[q * libraryWidth + k];
          namedCount += count;
          shares[name(code)] = round2(count / models, 4);
        });
        const none = libraryByQuarter[q * libraryWidth + named.length];
        shares.other = round2((models - namedCount - none) / models, 4);
        shares.none = round2(none / models, 4);
        return { quarter, models, shares };
      }),
      method: `The share of each creation quarter's new models by library (the card's library_name): the ${TOP_LIBRARIES} most common in the data by name (GGUF, MLX, adapters via PEFT, \u2026), the rest as other, none where the card names no library.`,
      caveat: "The library is what the card says (free text, set by the uploader); a GGUF or MLX repository may name transformers, or nothing."
    },
    gating: {
      verdict: "descriptive",
      gatedAuto,
      gatedManual,
      share: round2(n ? (gatedAuto + gatedManual) / n : 0, 4),
      quarters: ordered.map((quarter, q) => {
        const gated = gatedRates.of(q);
        const ungated = ungatedRates.of(q);
        return { quarter, gated: gated.length, ungated: ungated.length, gatedMedianPerDay: round2(median(gated), 3), ungatedMedianPerDay: round2(median(ungated), 3) };
      }),
      method: "Gated models (auto or manual approval) against ungated ones, within creation quarters so that age does not decide: the median of all-time downloads per day since creation. No study we know of measures it.",
      caveat: "Gating clusters in large organisations, whose models are downloaded more for other reasons; within a quarter the groups still differ in who made them."
    }
  };
}

// src/analysis/findings.ts
var INSIGHTS_JSON = "insights.json";
var INSIGHTS_MD = "insights.md";
var CHATGPT_RELEASE = Date.parse("2022-11-30T00:00:00.000Z");
var SIX_MONTHS_AFTER = Date.parse("2023-05-30T00:00:00.000Z");
var DAY3 = 864e5;
var WEEK = 7 * DAY3;
var CHANGE_POINT_WINDOW = 12;
function scopeSentence(task) {
  const tags = tagsOf(task);
  return tags.length === 1 ? `Covers the models of the ${tags[0]} pipeline tag.` : `Covers the models of ${tags.length} pipeline tags as one catalogue: ${tags.join(", ")}.`;
}
var GB = 1e9;
var SIZE_BANDS = [
  { band: "< 1 GB", min: 0, max: GB },
  { band: "1\u201310 GB", min: GB, max: 10 * GB },
  { band: "10\u2013100 GB", min: 10 * GB, max: 100 * GB },
  { band: "\u2265 100 GB", min: 100 * GB, max: Number.POSITIVE_INFINITY }
];
function meanOfWeeks(weeks, from, to) {
  return mean(weeks.filter((w) => w.weekMs > from && w.weekMs <= to).map((w) => w.count));
}
function ratio(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}
function fastestAcceleration(weeks) {
  const logs = weeks.map((w) => Math.log1p(w.count));
  let best = null;
  let bestGain = Number.NEGATIVE_INFINITY;
  for (let i = CHANGE_POINT_WINDOW - 1; i + CHANGE_POINT_WINDOW < logs.length; i++) {
    const before = slope(logs.slice(i - CHANGE_POINT_WINDOW + 1, i + 1));
    const after = slope(logs.slice(i + 1, i + 1 + CHANGE_POINT_WINDOW));
    if (after - before > bestGain) {
      bestGain = after - before;
      best = { week: weeks[i].week, slopeBefore: round2(before), slopeAfter: round2(after) };
    }
  }
  return best;
}
function creationSurge(series) {
  const weeks = series.weeks;
  const before = meanOfWeeks(weeks, CHATGPT_RELEASE - 26 * WEEK, CHATGPT_RELEASE);
  const after = meanOfWeeks(weeks, CHATGPT_RELEASE, CHATGPT_RELEASE + 26 * WEEK);
  const later = meanOfWeeks(weeks, CHATGPT_RELEASE + 26 * WEEK, CHATGPT_RELEASE + 52 * WEEK);
  const laterToAfter = ratio(later, after);
  const laterToBefore = ratio(later, before);
  let verdict = "inconclusive";
  if (laterToAfter !== null && laterToBefore !== null) {
    if (laterToAfter >= 1.25 && laterToBefore >= 2) verdict = "supported";
    else if (laterToAfter < 1) verdict = "not supported";
  }
  return {
    verdict,
    meanWeeklyBefore: round2(before, 2),
    meanWeeklyAfter: round2(after, 2),
    meanWeeklyMonths6to12: round2(later, 2),
    ratioAfterToBefore: round2(ratio(after, before), 3),
    ratioMonths6to12ToBefore: round2(laterToBefore, 3),
    ratioMonths6to12ToAfter: round2(laterToAfter, 3),
    fastestAcceleration: fastestAcceleration(weeks),
    method: `Mean models created per W-MON week in the 26 weeks before 2022-11-30, the 26 weeks after, and weeks 26\u201352 after. Supported when weeks 26\u201352 average \u2265 1.25\xD7 the first 26 weeks after and \u2265 2\xD7 the 26 weeks before; not supported when below the first 26 weeks after. Fastest acceleration: the week maximising the least-squares slope of log(1 + weekly count) over the ${CHANGE_POINT_WINDOW} weeks after it minus that over the ${CHANGE_POINT_WINDOW} weeks up to it.`,
    caveat: `Counts are of models that still exist: the Hub deletes thousands of repositories a week, so older weeks are survivors only. Models on the legacy import's placeholder stamp (${PLACEHOLDER_LABEL}) are in no week.`
  };
}
function correlations(models, size) {
  const rows = rowsWhere(models.length, (i) => !Number.isNaN(size[i]));
  const sizes = averageRanks(at(size, rows));
  const rho = (value) => round2(spearmanOfRanks(sizes, averageRanks(at(value, rows))));
  return {
    models: rows.length,
    rho: { downloads: rho(models.downloads), likes: rho(models.likes), spaces: rho(models.spaces) }
  };
}
function smallerMorePopular(models) {
  const storage = correlations(models, models.usedStorage);
  const parameters = correlations(models, models.parameters);
  const coverage = models.length ? storage.models / models.length : 0;
  const sizeBands = SIZE_BANDS.map((band) => {
    const downloads = [];
    for (let i = 0; i < models.length; i++) {
      const bytes = models.usedStorage[i];
      if (bytes >= band.min && bytes < band.max) downloads.push(models.downloads[i]);
    }
    return { band: band.band, models: downloads.length, medianDownloads: median(downloads), meanDownloads: round2(mean(downloads), 2) };
  });
  const rho = storage.rho.downloads;
  let verdict = "inconclusive";
  if (coverage >= 0.1 && storage.models >= 100 && rho !== null) {
    if (rho <= -0.1) verdict = "supported";
    else if (rho >= 0.1) verdict = "not supported";
  }
  return {
    verdict,
    coverage: round2(coverage),
    modelsWithStorage: storage.models,
    spearmanStorage: storage.rho,
    modelsWithParameters: parameters.models,
    spearmanParameters: parameters.rho,
    sizeBands,
    caveat: "Verdict from Spearman's \u03C1 between used storage and 30-day downloads: supported at \u03C1 \u2264 \u22120.1, not supported at \u03C1 \u2265 0.1, inconclusive between or when storage is known for under 10% of models. Storage is learned most-downloaded first, so partial coverage over-represents popular models; used storage counts every revision and every file (several quantisations inflate it). Spaces are capped at 100."
  };
}
function perDay(models, snapshot, quarters) {
  const rows = rowsWhere(models.length, (i) => quarters.of[i] >= 0 && !Number.isNaN(models.downloadsAllTime[i]));
  const rateOf = (i) => models.downloadsAllTime[i] / Math.max(1, (snapshot - models.createdAt[i]) / DAY3);
  const rates = Float64Array.from(rows, rateOf);
  const byQuarter = valuesByGroup(quarters.of, quarters.labels.length, rateOf);
  const perQuarter = quarters.labels.flatMap((quarter, q) => {
    const rates2 = byQuarter.of(q);
    return rates2.length ? [{ quarter, models: rates2.length, medianPerDay: round2(median(rates2), 3), meanPerDay: round2(mean(rates2), 3) }] : [];
  });
  const rho = round2(spearman(at(models.createdAt, rows), rates));
  return {
    verdict: rho === null ? "inconclusive" : rho >= 0.1 ? "supported" : rho <= -0.1 ? "not supported" : "inconclusive",
    spearmanCreatedAtPerDay: rho,
    quarters: perQuarter,
    method: "All-time downloads divided by the days since creation (at least one), so that no window favours new or old models; verdict from Spearman's \u03C1 between creation date and that rate (supported at \u03C1 \u2265 0.1, not supported at \u03C1 \u2264 \u22120.1). Models without all-time downloads or on the placeholder date are left out."
  };
}
function recentDownloadedMore(models, snapshot) {
  const creation = creationQuarters(models.createdAt, snapshot);
  const dated = rowsWhere(models.length, (i) => creation.of[i] >= 0);
  const byQuarter = valuesByGroup(creation.of, creation.labels.length, (i) => models.downloads[i]);
  const quarters = creation.labels.map((quarter, q) => {
    const downloads = byQuarter.of(q);
    return { quarter, models: downloads.length, medianDownloads: median(downloads), meanDownloads: round2(mean(downloads), 2) };
  });
  const rho = round2(spearman(at(models.createdAt, dated), at(models.downloads, dated)));
  const verdict = rho === null ? "inconclusive" : rho >= 0.1 ? "supported" : rho <= -0.1 ? "not supported" : "inconclusive";
  return {
    verdict,
    spearmanCreatedAtDownloads: rho,
    quarters,
    caveat: "`downloads` counts only the last 30 days, which favours recent models by construction; all-time downloads favour old ones. Verdict from Spearman's \u03C1 between creation date and 30-day downloads (supported at \u03C1 \u2265 0.1). Placeholder-dated models are left out.",
    perDay: perDay(models, snapshot, creation)
  };
}
function computeInsights(models, lineage, market, snapshot, sincePrevious, scope) {
  const insights = withRankingSpace(models.length, () => insightsOf(models, lineage, market, snapshot, sincePrevious));
  if (scope.tagMix) insights.pipelineTags = scope.tagMix;
  return scoped(insights, scopeSentence(scope.task));
}
function scoped(insights, scope) {
  const out = { ...insights };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === "object" && value !== null && typeof value.caveat === "string") {
      out[key] = { ...value, caveat: `${scope} ${value.caveat}` };
    }
  }
  return out;
}
function insightsOf(models, lineage, market, snapshot, sincePrevious) {
  const series = weeklySeries(models, snapshot);
  let newLast7Days = 0;
  let newLast30Days = 0;
  let placeholder = 0;
  let storageKnown = 0;
  for (let i = 0; i < models.length; i++) {
    const createdAt = models.createdAt[i];
    if (createdAt > snapshot - 7 * DAY3 && createdAt <= snapshot) newLast7Days++;
    if (createdAt > snapshot - 30 * DAY3 && createdAt <= snapshot) newLast30Days++;
    if (isPlaceholderDate(createdAt)) placeholder++;
    if (!Number.isNaN(models.usedStorage[i])) storageKnown++;
  }
  return {
    snapshot: isoDay(snapshot),
    totals: {
      models: models.length,
      newLast7Days,
      newLast30Days,
      placeholderDate: placeholder,
      storageKnown,
      storageCoverage: round2(models.length ? storageKnown / models.length : 0)
    },
    creationSurge: creationSurge(series),
    smallerMorePopular: smallerMorePopular(models),
    recentDownloadedMore: recentDownloadedMore(models, snapshot),
    popularityClasses: {
      verdict: "descriptive",
      classes: popularityClasses(models).map((c) => ({ ...c, share: round2(c.share) })),
      caveat: "Classes by 30-day downloads: Not Popular < 40, Popular 40\u2013999, Very Popular \u2265 1000."
    },
    lineage,
    ...market,
    ...sincePrevious ? { sincePrevious } : {}
  };
}
var fmt = (n, digits2 = 2) => n === null ? "n/a" : n.toLocaleString("en-US", { maximumFractionDigits: digits2 }).replace(/^-(0(\.0*)?)$/, "$1");
var pct2 = (share) => `${(share * 100).toFixed(1)}%`;
function insightsMarkdown(insights, task) {
  const { totals, creationSurge: surge, smallerMorePopular: small, recentDownloadedMore: recent } = insights;
  const lines = [
    `# Findings: ${markdownText(tagSetLabel(task))} models on the Hugging Face Hub`,
    "",
    `Snapshot ${insights.snapshot}: **${fmt(totals.models)} models**; ${fmt(totals.newLast7Days)} new in the last 7 days, ${fmt(totals.newLast30Days)} in the last 30; ${fmt(totals.placeholderDate)} on the placeholder creation date; storage known for ${fmt(totals.storageKnown)} (${pct2(totals.storageCoverage)}).`,
    "",
    ...insights.pipelineTags ? [`By pipeline tag: ${tagCountsLine(insights.pipelineTags)}.`, ""] : [],
    `## Creation surge six months after ChatGPT: ${surge.verdict}`,
    "",
    "| period | mean models per week | ratio to the 26 weeks before |",
    "|---|---|---|",
    `| 26 weeks before 2022-11-30 | ${fmt(surge.meanWeeklyBefore)} | 1 |`,
    `| 26 weeks after | ${fmt(surge.meanWeeklyAfter)} | ${fmt(surge.ratioAfterToBefore)} |`,
    `| weeks 26\u201352 after | ${fmt(surge.meanWeeklyMonths6to12)} | ${fmt(surge.ratioMonths6to12ToBefore)} |`,
    "",
    surge.fastestAcceleration ? `Growth accelerated most after the week ending ${surge.fastestAcceleration.week} (slope of log weekly creations ${surge.fastestAcceleration.slopeBefore} \u2192 ${surge.fastestAcceleration.slopeAfter} per week).` : "Too few weeks to locate an acceleration.",
    "",
    `_Method:_ ${surge.method} _Caveat:_ ${surge.caveat}`,
    "",
    `## Smaller models are more popular: ${small.verdict}`,
    "",
    `Storage known for ${fmt(small.modelsWithStorage)} models (${pct2(small.coverage)}); parameters for ${fmt(small.modelsWithParameters)}.`,
    "",
    "| Spearman \u03C1 with | downloads | likes | spaces |",
    "|---|---|---|---|",
    `| used storage | ${fmt(small.spearmanStorage.downloads, 3)} | ${fmt(small.spearmanStorage.likes, 3)} | ${fmt(small.spearmanStorage.spaces, 3)} |`,
    `| parameters | ${fmt(small.spearmanParameters.downloads, 3)} | ${fmt(small.spearmanParameters.likes, 3)} | ${fmt(small.spearmanParameters.spaces, 3)} |`,
    "",
    "| used storage | models | median downloads | mean downloads |",
    "|---|---|---|---|",
    ...small.sizeBands.map((b) => `| ${b.band} | ${fmt(b.models)} | ${fmt(b.medianDownloads)} | ${fmt(b.meanDownloads)} |`),
    "",
    `_Caveat:_ ${small.caveat}`,
    "",
    `## Recent models are downloaded more: ${recent.verdict}`,
    "",
    `Spearman \u03C1 between creation date and 30-day downloads: ${fmt(recent.spearmanCreatedAtDownloads, 3)}.`,
    "",
    "| created | models | median downloads | mean downloads |",
    "|---|---|---|---|",
    ...recent.quarters.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.medianDownloads)} | ${fmt(q.meanDownloads)} |`),
    "",
    `_Caveat:_ ${recent.caveat}`,
    "",
    `### The fair measure, downloads per day since creation: ${recent.perDay.verdict}`,
    "",
    `Spearman \u03C1 between creation date and all-time downloads per day: ${fmt(recent.perDay.spearmanCreatedAtPerDay, 3)}.`,
    "",
    "| created | models | median per day | mean per day |",
    "|---|---|---|---|",
    ...recent.perDay.quarters.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.medianPerDay, 3)} | ${fmt(q.meanPerDay, 3)} |`),
    "",
    `_Method:_ ${recent.perDay.method}`,
    "",
    ...sincePreviousMarkdown(insights.sincePrevious),
    "## Popularity classes",
    "",
    "| class | downloads (30 days) | models | share |",
    "|---|---|---|---|",
    ...insights.popularityClasses.classes.map((c) => `| ${c.name} | ${c.label} | ${fmt(c.count)} | ${pct2(c.share)} |`),
    "",
    `_Caveat:_ ${insights.popularityClasses.caveat}`,
    "",
    ...insights.pipelineTags ? tagsMarkdown(insights.pipelineTags) : [],
    ...concentrationMarkdown(insights.concentration),
    ...lineageMarkdown(insights.lineage),
    ...structureMarkdown(insights.lineage.structure),
    ...sizeMarkdown(insights.sizeOverTime),
    ...formatsMarkdown(insights.formats),
    ...gatingMarkdown(insights.gating),
    ...insights.trends ? trendsMarkdown(insights.trends, markdownText) : []
  ];
  return lines.join("\n");
}
function tagCountsLine(mix) {
  return mix.tags.map((t) => `${markdownText(t.tag)} ${fmt(t.models)} (${pct2(t.share)})`).join(", ");
}
function tagsMarkdown(mix) {
  const tags = mix.tags.map((t) => t.tag);
  return [
    `## The catalogue by pipeline tag: ${mix.verdict}`,
    "",
    "| pipeline tag | models | share | 30-day downloads | share of downloads |",
    "|---|---|---|---|---|",
    ...mix.tags.map((t) => `| ${markdownText(t.tag)} | ${fmt(t.models)} | ${pct2(t.share)} | ${fmt(t.downloads30Days)} | ${pct2(t.downloadsShare)} |`),
    "",
    `| created | new models | ${tags.map(markdownText).join(" | ")} |`,
    `|---|---|${tags.map(() => "---").join("|")}|`,
    ...mix.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${tags.map((tag) => `${fmt(q.byTag[tag] ?? 0)} (${pct2(q.models ? (q.byTag[tag] ?? 0) / q.models : 0)})`).join(" | ")} |`),
    "",
    `_Method:_ ${mix.method} _Caveat:_ ${mix.caveat}`,
    ""
  ];
}
var SHOWN_QUARTERS = 8;
function concentrationMarkdown(c) {
  const row = (label, get2) => `| ${label} | ${get2(c.last30Days)} | ${get2(c.allTime)} |`;
  return [
    `## How concentrated downloads are: ${c.verdict}`,
    "",
    "| measure | 30-day downloads | all-time downloads |",
    "|---|---|---|",
    row("models counted", (x) => fmt(x.models)),
    row("models with none", (x) => pct2(x.zeroShare)),
    row("share of the top 1% of models", (x) => pct2(x.top1PercentShare)),
    row("share of the top 10% of models", (x) => pct2(x.top10PercentShare)),
    row("Gini coefficient", (x) => fmt(x.gini, 3)),
    row("share of the 50 most downloaded authors", (x) => pct2(x.top50AuthorsShare)),
    "",
    `Most downloaded authors (30 days): ${c.last30Days.topAuthors.map((a) => `${markdownText(a.author)} (${fmt(a.downloads)})`).join(", ") || "none"}.`,
    "",
    `_Method:_ ${c.method} _Caveat:_ ${c.caveat}`,
    ""
  ];
}
function structureMarkdown(s) {
  const relations = ["finetune", "quantized", "adapter", "merge"];
  return [
    "## Which derivatives have children, and how deep families go",
    "",
    "| relation | models | with children in the dataset | share |",
    "|---|---|---|---|",
    ...relations.map((r) => `| ${r} | ${fmt(s.fertility[r].models)} | ${fmt(s.fertility[r].withChildren)} | ${pct2(s.fertility[r].share)} |`),
    "",
    `Families with a derivative: ${fmt(s.depth.families)}; generations: median ${fmt(s.depth.median)}, 99th percentile ${fmt(s.depth.p99)}, deepest ${fmt(s.depth.deepest)}${s.depth.chain.length ? ` (${s.depth.chain.slice(0, 12).map(markdownText).join(" \u2190 ")}${s.depth.chain.length > 12 ? " \u2190 \u2026" : ""})` : ""}.`,
    "",
    "| family root | models created in the last 30 days |",
    "|---|---|",
    ...s.gainedLast30Days.map((g) => `| ${markdownText(g.root)} | ${fmt(g.newModels)} |`),
    "",
    `_Method:_ ${s.method} _Caveat:_ ${s.caveat}`,
    ""
  ];
}
function sizeMarkdown(s) {
  const bands = PARAMETER_BANDS.map((b) => b.band);
  return [
    `## The size of new models, and of what is downloaded: ${s.verdict}`,
    "",
    `Parameter counts known for ${pct2(s.coverage)} of models.`,
    "",
    `| created | models | with parameters | median | median of what is downloaded | ${bands.join(" | ")} |`,
    `|---|---|---|---|---|${bands.map(() => "---").join("|")}|`,
    ...s.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.withParameters)} | ${formatParameters(q.medianParameters)} | ${formatParameters(q.downloadWeightedMedian)} | ${bands.map((b) => pct2(q.bands[b])).join(" | ")} |`),
    "",
    `_Method:_ ${s.method} _Caveat:_ ${s.caveat}`,
    ""
  ];
}
function formatsMarkdown(f) {
  return [
    `## The formats of new models: ${f.verdict}`,
    "",
    `| created | models | ${f.libraries.map(markdownText).join(" | ")} |`,
    `|---|---|${f.libraries.map(() => "---").join("|")}|`,
    ...f.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${f.libraries.map((l) => pct2(q.shares[l] ?? 0)).join(" | ")} |`),
    "",
    `_Method:_ ${f.method} _Caveat:_ ${f.caveat}`,
    ""
  ];
}
function gatingMarkdown(g) {
  return [
    `## Gating and adoption: ${g.verdict}`,
    "",
    `Gated: ${fmt(g.gatedAuto + g.gatedManual)} models (${pct2(g.share)}; ${fmt(g.gatedAuto)} with automatic approval, ${fmt(g.gatedManual)} with manual).`,
    "",
    "| created | gated | ungated | gated: median downloads per day | ungated: median downloads per day |",
    "|---|---|---|---|---|",
    ...g.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.gated)} | ${fmt(q.ungated)} | ${fmt(q.gatedMedianPerDay, 3)} | ${fmt(q.ungatedMedianPerDay, 3)} |`),
    "",
    `_Method:_ ${g.method} _Caveat:_ ${g.caveat}`,
    ""
  ];
}
function lineageMarkdown(lineage) {
  const { licenses } = lineage;
  const shown = lineage.quarters.slice(-8);
  return [
    `## Where new models come from: ${lineage.verdict}`,
    "",
    `${fmt(lineage.derivatives)} of ${fmt(lineage.models)} models (${pct2(lineage.derivativeShare)}) name a parent model.`,
    "",
    `| created | models | ${CATEGORIES.join(" | ")} | derivatives |`,
    `|---|---|${CATEGORIES.map(() => "---").join("|")}|---|`,
    ...shown.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${CATEGORIES.map((c) => fmt(q[c])).join(" | ")} | ${pct2(q.derivativeShare)} |`),
    "",
    `## The largest model families`,
    "",
    `Share of new models: of those created in ${lineage.recentQuarters.join(" and ")}.`,
    "",
    `| family root | derivatives | ${DERIVATIVE_CATEGORIES.join(" | ")} | 30-day downloads | share of new models |`,
    `|---|---|${DERIVATIVE_CATEGORIES.map(() => "---").join("|")}|---|---|`,
    ...lineage.largestFamilies.map(
      (f) => `| ${markdownText(f.root)}${f.rootInDataset ? "" : " (not in the dataset)"} | ${fmt(f.derivatives)} | ${DERIVATIVE_CATEGORIES.map((c) => fmt(f.byRelation[c])).join(" | ")} | ${fmt(f.downloads)} | ${pct2(f.shareOfRecentNew)} |`
    ),
    "",
    "## Licences",
    "",
    `No licence tag: ${fmt(licenses.none.models)} models (${pct2(licenses.none.share)}). Licence drift: ${licenses.driftShare === null ? "n/a" : pct2(licenses.driftShare)} of ${fmt(licenses.comparable)} derivatives whose first parent is in the dataset carry another licence than that parent.`,
    "",
    "| licence | models | share |",
    "|---|---|---|",
    ...licenses.top.map((l) => `| ${markdownText(l.license)} | ${fmt(l.models)} | ${pct2(l.share)} |`),
    "",
    "| parent's licence \u2192 derivative's | derivatives |",
    "|---|---|",
    ...licenses.topChanges.map((c) => `| ${markdownText(c.from)} \u2192 ${markdownText(c.to)} | ${fmt(c.models)} |`),
    "",
    `_Method:_ ${lineage.method} _Caveat:_ ${lineage.caveat}`,
    ""
  ];
}
function sincePreviousMarkdown(since) {
  if (!since) return ["## Since the previous snapshot", "", "This is the first snapshot: the next refresh measures what changes.", ""];
  return [
    `## Since the previous snapshot (${since.previousSnapshot}, ${since.days} days before)`,
    "",
    ...sinceLines(since).map((line) => `- ${line}`),
    "",
    "| most downloaded in between | downloads | days |",
    "|---|---|---|",
    ...since.topDownloaded.map((m) => `| ${markdownText(m.id)} | ${fmt(m.downloads)} | ${m.days} |`),
    "",
    "| fastest risers | downloads in between | 30-day downloads before | times faster |",
    "|---|---|---|---|",
    ...since.topRisers.map((m) => `| ${markdownText(m.id)} | ${fmt(m.downloads)} | ${fmt(m.previousDownloads30Days)} | ${fmt(m.ratio)} |`),
    "",
    `_Method:_ ${since.method}`,
    ""
  ];
}
function sinceLines(since) {
  return [
    `${fmt(since.newModels)} new models, ${fmt(since.removedModels)} removed: ${fmt(since.models)} now.`,
    since.quality === "rollback" ? "The Hub's all-time counters went down for many models this week (a rollback): no downloads in between are counted; the next trusted snapshot counts them from the last trusted one." : `${fmt(since.downloadsSincePrevious)} downloads in between (all-time downloads now minus then), ${fmt(since.modelsWithDownloads)} models downloaded at least once.`,
    ...since.topDownloaded[0] ? [`Most downloaded: ${markdownText(since.topDownloaded[0].id)} (${fmt(since.topDownloaded[0].downloads)}).`] : [],
    // Findings written before turnover was measured carry no count: then no line.
    ...typeof since.top100Retained === "number" ? [`Of the 100 most downloaded models (30 days), ${fmt(since.top100Retained)} were among the previous snapshot's 100.`] : []
  ];
}

// src/specs/files.ts
var CHART_FILES = {
  weekly: "weekly_and_cumulative_models.png",
  storage: "used_storage_vs_spaces_colored_by_likes.png",
  downloads: "downloads_vs_created_at_colored_by_likes.png",
  classes: "model_downloads.png",
  relations: "new_models_by_relation.png",
  families: "largest_model_families.png",
  snapshots: "catalogue_over_snapshots.png",
  lorenz: "download_concentration_lorenz.png",
  sizes: "new_model_sizes_by_quarter.png",
  weeklyDownloads: "real_downloads_per_week.png",
  shareByAuthor: "download_share_by_author.png",
  shareByBase: "download_share_by_base.png",
  concentrationOverTime: "concentration_over_snapshots.png",
  /** Only when several pipeline tags are tracked. */
  tags: "new_models_by_pipeline_tag.png"
};
function chartFiles(severalTags) {
  return Object.entries(CHART_FILES).filter(([name]) => severalTags || name !== "tags").map(([, file]) => file);
}

export {
  DatasetFormatError,
  restoreFix,
  iso,
  parseCsv,
  csvToRecords,
  EMPTY_TEXT_CODE,
  resized,
  orNull,
  ModelTable,
  writeWhole,
  DATASET_STEM,
  INDEX_FILE,
  MANIFEST_FILE,
  legacyTag,
  datasetDir,
  putInDatasetOrder,
  readIndex,
  parseIndex,
  readManifest,
  readDataFile,
  forEachDatasetFile,
  readDataset,
  writeDataset,
  quoted,
  markdownText,
  escapeHtml,
  logLine,
  trendFindings,
  select,
  round2 as round,
  Top,
  CATEGORIES,
  DERIVATIVE_CATEGORIES,
  LineageTable,
  families,
  computeLineage,
  CLASSES,
  popularityClass,
  popularityClasses,
  downloadBins,
  formatParameters,
  PARAMETER_BANDS,
  computeMarket,
  INSIGHTS_JSON,
  INSIGHTS_MD,
  CHATGPT_RELEASE,
  SIX_MONTHS_AFTER,
  scopeSentence,
  computeInsights,
  insightsMarkdown,
  tagCountsLine,
  sinceLines,
  CHART_FILES,
  chartFiles
};
