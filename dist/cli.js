#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli.ts
import { parseArgs } from "node:util";

// src/dataset/store.ts
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

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
      const date3 = Date.parse(value);
      return !isNaN(date3) ? new Date(date3) : value;
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
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
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
          quoted,
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
          const shouldQuote = containsQuote === true || containsdelimiter || containsRecordDelimiter || quoted || quotedString || quotedMatch;
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

// src/dataset/record.ts
var COLUMNS = [
  "Model ID",
  "Author",
  "Likes",
  "Downloads",
  "Created At",
  "Private",
  "Gated",
  "Library",
  "Used Storage",
  "Spaces",
  "Last Modified",
  "Downloads All Time",
  "Parameters"
];
var PLACEHOLDER_CREATED_AT = Date.parse("2022-03-02T23:29:04.000Z");
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/dataset/csv.ts
function iso(ms) {
  return ms === null ? "" : new Date(ms).toISOString();
}
function optional(value) {
  return value === null ? "" : String(value);
}
function toRow(record) {
  return [
    record.id,
    record.author,
    String(record.likes),
    String(record.downloads),
    iso(record.createdAt),
    record.private ? "true" : "false",
    record.gated,
    record.library,
    optional(record.usedStorage),
    String(record.spaces),
    iso(record.lastModified),
    optional(record.downloadsAllTime),
    optional(record.parameters)
  ];
}
function recordsToCsv(records) {
  return stringify([[...COLUMNS], ...records.map(toRow)], { record_delimiter: "\n", quoted_match: /^[=+\-@\t]|[\r\n]/ });
}
var DatasetFormatError = class extends Error {
  name = "DatasetFormatError";
};
function integer(text, column, where) {
  if (!/^\d+$/.test(text)) throw new DatasetFormatError(`${where}: "${column}" must be a whole number, got "${text}"`);
  return Number(text);
}
function optionalInteger(text, column, where) {
  return text === "" ? null : integer(text, column, where);
}
function date(text, column, where) {
  const ms = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(ms)) {
    throw new DatasetFormatError(`${where}: "${column}" must be an ISO-8601 date, got "${text}"`);
  }
  return ms;
}
function csvToRecords(text, file) {
  const rows = parse(text, { relax_column_count: false, skip_empty_lines: true });
  const header = rows[0];
  if (!header || COLUMNS.some((column, i) => header[i] !== column)) {
    throw new DatasetFormatError(
      `${file}: the header must start with ${COLUMNS.join(", ")}; found ${header?.join(", ") ?? "nothing"}. Restore the file from git or delete the dataset folder to harvest afresh.`
    );
  }
  const records = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const where = `${file} row ${r + 1}`;
    const [id, author, likes, downloads, createdAt, priv, gated2, library2, usedStorage, spaces2, lastModified, allTime, parameters2] = row;
    if (gated2 !== "false" && gated2 !== "auto" && gated2 !== "manual") {
      throw new DatasetFormatError(`${where}: "Gated" must be false, auto or manual, got "${gated2}"`);
    }
    records.push({
      id,
      author,
      likes: integer(likes, "Likes", where),
      downloads: integer(downloads, "Downloads", where),
      createdAt: date(createdAt, "Created At", where),
      private: priv === "true",
      gated: gated2,
      library: library2,
      usedStorage: optionalInteger(usedStorage, "Used Storage", where),
      spaces: integer(spaces2, "Spaces", where),
      lastModified: lastModified === "" ? null : date(lastModified, "Last Modified", where),
      downloadsAllTime: optionalInteger(allTime, "Downloads All Time", where),
      parameters: optionalInteger(parameters2, "Parameters", where)
    });
  }
  return records;
}

// src/dataset/store.ts
var DATASET_STEM = "huggingface_models_data";
var INDEX_FILE = "index.csv";
var MANIFEST_FILE = "manifest.json";
function datasetDir(dataDir) {
  return join(dataDir, DATASET_STEM);
}
function monthOf(ms) {
  return new Date(ms).toISOString().slice(0, 7);
}
function fileForMonth(month) {
  return `${DATASET_STEM}-${month}.csv`;
}
function renderDataset(records, manifest) {
  const sorted = [...records].sort((a, b) => compareIds(a.id, b.id));
  const byMonth = /* @__PURE__ */ new Map();
  for (const record of sorted) {
    const month = monthOf(record.createdAt);
    let bucket = byMonth.get(month);
    if (!bucket) byMonth.set(month, bucket = []);
    bucket.push(record);
  }
  const files = /* @__PURE__ */ new Map();
  const index = [];
  for (const month of [...byMonth.keys()].sort()) {
    const rows = byMonth.get(month);
    const text = recordsToCsv(rows);
    const file = fileForMonth(month);
    files.set(file, text);
    index.push({ file, month, rows: rows.length, bytes: Buffer.byteLength(text) });
  }
  files.set(INDEX_FILE, indexToCsv(index));
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}
`);
  return files;
}
function indexToCsv(index) {
  return ["file,month,rows,bytes", ...index.map((f) => `${f.file},${f.month},${f.rows},${f.bytes}`)].join("\n") + "\n";
}
async function readIndex(dataDir) {
  await recoverInterruptedSwap(dataDir);
  let text;
  try {
    text = await readFile(join(datasetDir(dataDir), INDEX_FILE), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  const lines = text.trim().split("\n").slice(1);
  return lines.map((line) => {
    const [file = "", month = "", rows = "", bytes = ""] = line.split(",");
    if (!/^\d+$/.test(rows)) throw new DatasetFormatError(`${INDEX_FILE}: bad row count in "${line}"`);
    return { file, month, rows: Number(rows), bytes: Number(bytes) };
  });
}
async function readManifest(dataDir) {
  await recoverInterruptedSwap(dataDir);
  try {
    return JSON.parse(await readFile(join(datasetDir(dataDir), MANIFEST_FILE), "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new DatasetFormatError(`${join(datasetDir(dataDir), MANIFEST_FILE)} is not valid JSON: restore it from git`);
  }
}
async function readDataset(dataDir) {
  const index = await readIndex(dataDir);
  if (!index) return void 0;
  const records = [];
  for (const { file } of index) {
    const text = await readFile(join(datasetDir(dataDir), file), "utf8");
    for (const record of csvToRecords(text, file)) records.push(record);
  }
  return records;
}
async function writeDataset(dataDir, records, manifest) {
  const files = renderDataset(records, manifest);
  await mkdir(dataDir, { recursive: true });
  await recoverInterruptedSwap(dataDir);
  await removeLeftovers(dataDir);
  const target = datasetDir(dataDir);
  const staging = join(dataDir, `.${DATASET_STEM}.staging-${process.pid}`);
  const old = join(dataDir, `.${DATASET_STEM}.old-${process.pid}`);
  await mkdir(staging);
  for (const [file, text] of files) await writeFile(join(staging, file), text);
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

// src/hub/errors.ts
var HubError = class extends Error {
  name = "HubError";
  url;
  status;
  attempts;
  constructor(message, options) {
    super(message, { cause: options.cause });
    this.url = options.url;
    this.status = options.status;
    this.attempts = options.attempts;
  }
};
function maskSecrets(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("***");
  }
  return out;
}

// src/outputs.ts
async function renderOutputs(_records, _dirs, _log) {
  return { charts: [], insights: [] };
}

// node_modules/ky/distribution/errors/KyError.js
var KyError = class extends Error {
  name = "KyError";
  get isKyError() {
    return true;
  }
};

// node_modules/ky/distribution/errors/HTTPError.js
var HTTPError = class extends KyError {
  name = "HTTPError";
  response;
  request;
  options;
  data;
  constructor(response, request, options) {
    const code = response.status || response.status === 0 ? response.status : "";
    const title = response.statusText ?? "";
    const status = `${code} ${title}`.trim();
    const reason = status ? `status code ${status}` : "an unknown error";
    super(`Request failed with ${reason}: ${request.method} ${request.url}`);
    this.response = response;
    this.request = request;
    this.options = options;
  }
};

// node_modules/ky/distribution/errors/NetworkError.js
var NetworkError = class extends KyError {
  name = "NetworkError";
  request;
  constructor(request, options) {
    super(`Request failed due to a network error: ${request.method} ${request.url}`, options);
    this.request = request;
  }
};

// node_modules/ky/distribution/errors/NonError.js
var NonError = class extends Error {
  name = "NonError";
  value;
  constructor(value) {
    let message = "Non-error value was thrown";
    try {
      if (typeof value === "string") {
        message = value;
      } else if (value && typeof value === "object" && "message" in value && typeof value.message === "string") {
        message = value.message;
      }
    } catch {
    }
    super(message);
    this.value = value;
  }
};

// node_modules/ky/distribution/errors/ForceRetryError.js
var ForceRetryError = class extends KyError {
  name = "ForceRetryError";
  customDelay;
  code;
  customRequest;
  constructor(options) {
    const cause = options?.cause ? options.cause instanceof Error ? options.cause : new NonError(options.cause) : void 0;
    super(options?.code ? `Forced retry: ${options.code}` : "Forced retry", cause ? { cause } : void 0);
    this.customDelay = options?.delay;
    this.code = options?.code;
    this.customRequest = options?.request;
  }
};

// node_modules/ky/distribution/errors/SchemaValidationError.js
var SchemaValidationError = class extends Error {
  name = "SchemaValidationError";
  issues;
  constructor(issues) {
    super("Response schema validation failed");
    this.issues = issues;
  }
};

// node_modules/ky/distribution/errors/TimeoutError.js
var TimeoutError = class extends KyError {
  name = "TimeoutError";
  request;
  constructor(request) {
    super(`Request timed out: ${request.method} ${request.url}`);
    this.request = request;
  }
};

// node_modules/ky/distribution/core/constants.js
var supportsRequestStreams = (() => {
  let duplexAccessed = false;
  let hasContentType = false;
  const supportsReadableStream = typeof globalThis.ReadableStream === "function";
  const supportsRequest = typeof globalThis.Request === "function";
  if (supportsReadableStream && supportsRequest) {
    try {
      hasContentType = new globalThis.Request("https://empty.invalid", {
        body: new globalThis.ReadableStream(),
        method: "POST",
        // @ts-expect-error - Types are outdated.
        get duplex() {
          duplexAccessed = true;
          return "half";
        }
      }).headers.has("Content-Type");
    } catch (error) {
      if (error instanceof Error && error.message === "unsupported BodyInit type") {
        return false;
      }
      throw error;
    }
  }
  return duplexAccessed && !hasContentType;
})();
var supportsAbortController = typeof globalThis.AbortController === "function";
var supportsAbortSignal = typeof globalThis.AbortSignal === "function" && typeof globalThis.AbortSignal.any === "function";
var supportsResponseStreams = typeof globalThis.ReadableStream === "function";
var supportsFormData = typeof globalThis.FormData === "function";
var requestMethods = ["get", "post", "put", "patch", "head", "delete", "query"];
var validate = () => void 0;
validate();
var responseTypes = {
  json: "application/json",
  text: "text/*",
  formData: "multipart/form-data",
  arrayBuffer: "*/*",
  blob: "*/*",
  // Supported in modern Fetch implementations (for example, browsers and recent Node.js/undici).
  // We still feature-check at runtime before exposing the shortcut.
  bytes: "*/*"
};
var maxSafeTimeout = 2147483647;
var usualFormBoundarySize = 40;
var stop = /* @__PURE__ */ Symbol("stop");
var RetryMarker = class {
  options;
  constructor(options) {
    this.options = options;
  }
};
var retry = (options) => new RetryMarker(options);
var kyOptionKeys = {
  json: true,
  parseJson: true,
  stringifyJson: true,
  searchParams: true,
  baseUrl: true,
  prefix: true,
  retry: true,
  timeout: true,
  totalTimeout: true,
  hooks: true,
  throwHttpErrors: true,
  onDownloadProgress: true,
  onUploadProgress: true,
  fetch: true,
  context: true
};
var requestOptionsRegistry = {
  method: true,
  headers: true,
  body: true,
  mode: true,
  credentials: true,
  cache: true,
  redirect: true,
  referrer: true,
  referrerPolicy: true,
  integrity: true,
  keepalive: true,
  signal: true,
  window: true,
  duplex: true
};

// node_modules/ky/distribution/utils/body.js
var encoder = new TextEncoder();
var getBodySize = (body) => {
  if (!body) {
    return 0;
  }
  if (body instanceof FormData) {
    let size = 0;
    for (const [key, value] of body) {
      size += usualFormBoundarySize;
      size += encoder.encode(`Content-Disposition: form-data; name="${key}"`).byteLength;
      size += typeof value === "string" ? encoder.encode(value).byteLength : value.size;
    }
    return size;
  }
  if (body instanceof Blob) {
    return body.size;
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    return body.byteLength;
  }
  if (typeof body === "string") {
    return encoder.encode(body).byteLength;
  }
  if (body instanceof URLSearchParams) {
    return encoder.encode(body.toString()).byteLength;
  }
  return 0;
};
var withProgress = (stream, totalBytes, onProgress) => {
  let previousChunk;
  let transferredBytes = 0;
  return stream.pipeThrough(new TransformStream({
    transform(currentChunk, controller) {
      controller.enqueue(currentChunk);
      if (previousChunk) {
        transferredBytes += previousChunk.byteLength;
        let percent = totalBytes === 0 ? 0 : transferredBytes / totalBytes;
        if (percent >= 1) {
          percent = 1 - Number.EPSILON;
        }
        onProgress?.({ percent, totalBytes: Math.max(totalBytes, transferredBytes), transferredBytes }, previousChunk);
      }
      previousChunk = currentChunk;
    },
    flush() {
      const finalChunk = previousChunk ?? new Uint8Array();
      transferredBytes += finalChunk.byteLength;
      onProgress?.({ percent: 1, totalBytes: Math.max(totalBytes, transferredBytes), transferredBytes }, finalChunk);
    }
  }));
};
var streamResponse = (response, onDownloadProgress) => {
  if (!response.body) {
    return response;
  }
  const responseInit = {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers
  };
  if (response.status === 204) {
    return new Response(null, responseInit);
  }
  const totalBytes = Math.max(0, Number(response.headers.get("content-length")) || 0);
  return new Response(withProgress(response.body, totalBytes, onDownloadProgress), responseInit);
};
var streamRequest = (request, onUploadProgress, originalBody) => {
  if (!request.body) {
    return request;
  }
  const totalBytes = getBodySize(originalBody ?? request.body);
  return new Request(request, {
    // @ts-expect-error - Types are outdated.
    duplex: "half",
    body: withProgress(request.body, totalBytes, onUploadProgress)
  });
};

// node_modules/ky/distribution/utils/is.js
var isObject = (value) => value !== null && typeof value === "object";

// node_modules/ky/distribution/utils/merge.js
var replaceSymbol = /* @__PURE__ */ Symbol("replaceOption");
var getReplaceState = (value) => isObject(value) && value[replaceSymbol] === true ? {
  isReplace: true,
  value: value.value
} : {
  isReplace: false,
  value
};
var validateAndMerge = (...sources) => {
  for (const source of sources) {
    if ((!isObject(source) || Array.isArray(source)) && source !== void 0) {
      throw new TypeError("The `options` argument must be an object");
    }
  }
  return deepMerge({}, ...sources);
};
var mergeHeaders = (source1 = {}, source2 = {}) => {
  const result = new globalThis.Headers(source1);
  const isHeadersInstance = source2 instanceof globalThis.Headers;
  const source = new globalThis.Headers(source2);
  for (const [key, value] of source.entries()) {
    if (isHeadersInstance && value === "undefined" || value === void 0) {
      result.delete(key);
    } else {
      result.set(key, value);
    }
  }
  return result;
};
var isPlainObject = (value) => {
  if (!isObject(value) || Array.isArray(value)) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
var cloneShallow = (value) => {
  if (value instanceof URLSearchParams) {
    const copy = new URLSearchParams(value);
    const deleted = value[deletedParametersSymbol];
    if (deleted) {
      copy[deletedParametersSymbol] = new Set(deleted);
    }
    return copy;
  }
  if (value instanceof globalThis.Headers) {
    return new globalThis.Headers(value);
  }
  if (Array.isArray(value)) {
    return [...value];
  }
  if (isPlainObject(value)) {
    const copy = { ...value };
    return copy;
  }
  return value;
};
var normalizeHeaderObject = (headers) => Object.fromEntries(Object.entries(headers).filter((entry) => entry[1] !== void 0));
var mergeHeaderContainers = (source1, source2) => {
  if (isPlainObject(source1) && isPlainObject(source2)) {
    return normalizeHeaderObject({ ...source1, ...source2 });
  }
  return mergeHeaders(source1, source2);
};
function newHookValue(original, incoming, property) {
  return Object.hasOwn(incoming, property) && incoming[property] === void 0 ? [] : deepMerge(original[property] ?? [], incoming[property] ?? []);
}
var mergeHooks = (original = {}, incoming = {}) => ({
  init: newHookValue(original, incoming, "init"),
  beforeRequest: newHookValue(original, incoming, "beforeRequest"),
  beforeRetry: newHookValue(original, incoming, "beforeRetry"),
  beforeError: newHookValue(original, incoming, "beforeError"),
  afterResponse: newHookValue(original, incoming, "afterResponse")
});
var deletedParametersSymbol = /* @__PURE__ */ Symbol("deletedParameters");
var appendSearchParameters = (target, source) => {
  const result = new URLSearchParams();
  const deleted = /* @__PURE__ */ new Set();
  for (const input of [target, source]) {
    if (input === void 0) {
      continue;
    }
    if (input instanceof URLSearchParams) {
      for (const [key, value] of input.entries()) {
        result.append(key, value);
        deleted.delete(key);
      }
      const inputDeleted = input[deletedParametersSymbol];
      if (inputDeleted) {
        for (const key of inputDeleted) {
          result.delete(key);
          deleted.add(key);
        }
      }
    } else if (Array.isArray(input)) {
      for (const pair of input) {
        if (!Array.isArray(pair) || pair.length !== 2) {
          throw new TypeError("Array search parameters must be provided in [[key, value], ...] format");
        }
        result.append(String(pair[0]), String(pair[1]));
        deleted.delete(String(pair[0]));
      }
    } else if (isObject(input)) {
      for (const [key, value] of Object.entries(input)) {
        if (value === void 0) {
          result.delete(key);
          deleted.add(key);
        } else {
          result.append(key, String(value));
          deleted.delete(key);
        }
      }
    } else {
      const parameters2 = new URLSearchParams(input);
      for (const [key, value] of parameters2.entries()) {
        result.append(key, value);
        deleted.delete(key);
      }
    }
  }
  if (deleted.size > 0) {
    result[deletedParametersSymbol] = deleted;
  }
  return result;
};
var deepMergeInternal = (isRoot, ...sources) => {
  let returnValue = {};
  let headers = {};
  let hooks = {};
  let searchParameters;
  const signals = [];
  for (const source of sources) {
    if (Array.isArray(source)) {
      if (!Array.isArray(returnValue)) {
        returnValue = [];
      }
      returnValue = [...returnValue, ...source];
    } else if (isObject(source)) {
      for (let [key, value] of Object.entries(source)) {
        const replaceState = getReplaceState(value);
        const { isReplace } = replaceState;
        value = replaceState.value;
        const isRootSignal = isRoot && key === "signal";
        if (isRootSignal && (isReplace || value === void 0)) {
          signals.length = 0;
        }
        if (isRootSignal && value instanceof globalThis.AbortSignal) {
          signals.push(value);
          continue;
        }
        if (key === "context") {
          if (value !== void 0 && value !== null && (!isObject(value) || Array.isArray(value))) {
            throw new TypeError("The `context` option must be an object");
          }
          returnValue = {
            ...returnValue,
            context: value === void 0 || value === null ? {} : isReplace ? { ...value } : { ...returnValue.context, ...value }
          };
          continue;
        }
        if (key === "searchParams") {
          if (value === void 0 || value === null) {
            searchParameters = void 0;
          } else if (isReplace) {
            searchParameters = value;
          } else {
            searchParameters = searchParameters === void 0 ? value : appendSearchParameters(searchParameters, value);
          }
          continue;
        }
        if (isRoot && key === "retry" && isObject(value) && !isReplace && typeof returnValue[key] === "number") {
          returnValue = { ...returnValue, [key]: { limit: returnValue[key] } };
        }
        if (isObject(value) && !isReplace && key in returnValue) {
          value = deepMergeInternal(false, returnValue[key], value);
        }
        returnValue = { ...returnValue, [key]: value };
      }
      if (isObject(source.hooks)) {
        const { value: hookValue, isReplace } = getReplaceState(source.hooks);
        hooks = isReplace ? mergeHooks({}, hookValue) : mergeHooks(hooks, hookValue);
        returnValue.hooks = hooks;
      }
      if (isObject(source.headers)) {
        const { value: headerValue, isReplace } = getReplaceState(source.headers);
        headers = isReplace ? cloneShallow(headerValue) : mergeHeaderContainers(headers, headerValue);
        returnValue.headers = headers;
      }
    }
  }
  if (searchParameters !== void 0) {
    returnValue.searchParams = searchParameters;
  }
  if (signals.length > 0) {
    if (signals.length === 1) {
      returnValue.signal = signals[0];
    } else if (supportsAbortSignal) {
      returnValue.signal = AbortSignal.any(signals);
    } else {
      returnValue.signal = signals.at(-1);
    }
  }
  return returnValue;
};
var deepMerge = (...sources) => deepMergeInternal(true, ...sources);

// node_modules/ky/distribution/utils/normalize.js
var normalizeRequestMethod = (input) => requestMethods.includes(input) ? input.toUpperCase() : input;
var retryMethods = ["get", "put", "head", "delete", "options", "trace", "query"];
var retryStatusCodes = [408, 413, 429, 500, 502, 503, 504];
var retryAfterStatusCodes = [413, 429, 503];
var invalidRetryLimitErrorMessage = "`retry.limit` must be a finite, non-negative integer";
var defaultRetryOptions = {
  limit: 2,
  methods: retryMethods,
  statusCodes: retryStatusCodes,
  afterStatusCodes: retryAfterStatusCodes,
  maxRetryAfter: Number.POSITIVE_INFINITY,
  backoffLimit: Number.POSITIVE_INFINITY,
  delay: (attemptCount) => 0.3 * 2 ** (attemptCount - 1) * 1e3,
  jitter: void 0,
  retryOnTimeout: false
};
var getDefaultRetryOptions = () => ({
  ...defaultRetryOptions,
  methods: [...defaultRetryOptions.methods],
  statusCodes: [...defaultRetryOptions.statusCodes],
  afterStatusCodes: [...defaultRetryOptions.afterStatusCodes]
});
var normalizeRetryLimit = (retryLimit) => {
  if (retryLimit === void 0) {
    return defaultRetryOptions.limit;
  }
  if (typeof retryLimit !== "number" || !Number.isInteger(retryLimit) || retryLimit < 0) {
    throw new TypeError(invalidRetryLimitErrorMessage);
  }
  return retryLimit;
};
var normalizeRetryOptions = (retry2 = {}) => {
  if (typeof retry2 === "number") {
    return {
      ...getDefaultRetryOptions(),
      limit: normalizeRetryLimit(retry2)
    };
  }
  if (retry2 === null || typeof retry2 !== "object" || Array.isArray(retry2)) {
    throw new TypeError("`retry` must be a number or an object");
  }
  const normalizedRetry = Object.fromEntries(Object.entries(retry2).filter(([, value]) => value !== void 0));
  const retryLimit = normalizeRetryLimit(normalizedRetry.limit);
  if (normalizedRetry.methods !== void 0 && !Array.isArray(normalizedRetry.methods)) {
    throw new Error("retry.methods must be an array");
  }
  if (normalizedRetry.statusCodes !== void 0 && !Array.isArray(normalizedRetry.statusCodes)) {
    throw new Error("retry.statusCodes must be an array");
  }
  if (normalizedRetry.afterStatusCodes !== void 0 && !Array.isArray(normalizedRetry.afterStatusCodes)) {
    throw new Error("retry.afterStatusCodes must be an array");
  }
  if (normalizedRetry.methods !== void 0) {
    normalizedRetry.methods = normalizedRetry.methods.map((method) => method.toLowerCase());
  }
  if (normalizedRetry.statusCodes !== void 0) {
    normalizedRetry.statusCodes = [...normalizedRetry.statusCodes];
  }
  if (normalizedRetry.afterStatusCodes !== void 0) {
    normalizedRetry.afterStatusCodes = [...normalizedRetry.afterStatusCodes];
  }
  return {
    ...getDefaultRetryOptions(),
    ...normalizedRetry,
    limit: retryLimit
  };
};

// node_modules/ky/distribution/utils/timeout.js
async function timeout(request, init, abortController, options) {
  return new Promise((resolve, reject) => {
    const timeoutId = setTimeout(() => {
      if (abortController) {
        abortController.abort();
      }
      reject(new TimeoutError(request));
    }, options.timeout);
    void options.fetch(request, init).then(resolve).catch(reject).then(() => {
      clearTimeout(timeoutId);
    });
  });
}

// node_modules/ky/distribution/utils/delay.js
async function delay(ms, { signal }) {
  return new Promise((resolve, reject) => {
    if (signal) {
      signal.throwIfAborted();
      signal.addEventListener("abort", abortHandler, { once: true });
    }
    function abortHandler() {
      clearTimeout(timeoutId);
      reject(signal.reason);
    }
    const timeoutId = setTimeout(() => {
      signal?.removeEventListener("abort", abortHandler);
      resolve();
    }, ms);
  });
}

// node_modules/ky/distribution/utils/options.js
var findUnknownOptions = (options) => {
  const unknownOptions = {};
  for (const key in options) {
    if (!Object.hasOwn(options, key)) {
      continue;
    }
    if (!(key in requestOptionsRegistry) && !(key in kyOptionKeys)) {
      unknownOptions[key] = options[key];
    }
  }
  return unknownOptions;
};
var hasSearchParameters = (search) => {
  if (search === void 0) {
    return false;
  }
  if (Array.isArray(search)) {
    return search.length > 0;
  }
  if (search instanceof URLSearchParams) {
    return search.size > 0 || Boolean(search[deletedParametersSymbol]?.size);
  }
  if (typeof search === "object") {
    return Object.keys(search).length > 0;
  }
  if (typeof search === "string") {
    return search.trim().length > 0;
  }
  return Boolean(search);
};

// node_modules/ky/distribution/utils/is-network-error.js
var objectToString = Object.prototype.toString;
var isError = (value) => objectToString.call(value) === "[object Error]";
var errorMessages = /* @__PURE__ */ new Set([
  "network error",
  // Chrome
  "NetworkError when attempting to fetch resource.",
  // Firefox
  "The Internet connection appears to be offline.",
  // Safari 16
  "Network request failed",
  // `cross-fetch`
  "fetch failed",
  // Undici (Node.js)
  "terminated",
  // Undici (Node.js)
  " A network error occurred.",
  // Bun (WebKit) - leading space is intentional
  "Network connection lost"
  // Cloudflare Workers (fetch)
]);
function isRawNetworkError(error) {
  const isValid = error && isError(error) && error.name === "TypeError" && typeof error.message === "string";
  if (!isValid) {
    return false;
  }
  const { message, stack } = error;
  if (message === "Load failed" || message.startsWith("Load failed (") && message.endsWith(")")) {
    return stack === void 0 || "__sentry_captured__" in error;
  }
  if (message.startsWith("error sending request for url")) {
    return true;
  }
  if (message === "Failed to fetch" || message.startsWith("Failed to fetch (") && message.endsWith(")")) {
    return true;
  }
  return errorMessages.has(message);
}

// node_modules/ky/distribution/utils/type-guards.js
var isErrorType = (error, cls) => error instanceof cls || error?.name === cls.name;
function isHTTPError(error) {
  return isErrorType(error, HTTPError);
}
function isNetworkError(error) {
  return isErrorType(error, NetworkError);
}
function isTimeoutError(error) {
  return isErrorType(error, TimeoutError);
}

// node_modules/ky/distribution/core/retry-timing.js
var timestampThreshold = Date.parse("2024-01-01");
var delayPattern = /^\d+$/;
var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var imfDatePattern = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
var rfc850DatePattern = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
var asctimeDatePattern = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}| \d) (\d{2}:\d{2}:\d{2}) (\d{4})$/;
var getRetryTimingHeader = (headers) => {
  const retryAfter = headers.get("Retry-After");
  if (retryAfter !== null) {
    return { value: retryAfter, allowTimestamp: false };
  }
  const rateLimitReset = headers.get("RateLimit-Reset");
  if (rateLimitReset !== null) {
    return { value: rateLimitReset, allowTimestamp: true };
  }
  const rateLimitRetryAfter = headers.get("X-RateLimit-Retry-After");
  if (rateLimitRetryAfter !== null) {
    return { value: rateLimitRetryAfter, allowTimestamp: false };
  }
  const rateLimitResetAlias = headers.get("X-RateLimit-Reset") ?? headers.get("X-Rate-Limit-Reset");
  if (rateLimitResetAlias !== null) {
    return { value: rateLimitResetAlias, allowTimestamp: true };
  }
  return void 0;
};
var createTimestamp = ({ year, month, day, hours, minutes, seconds }) => {
  const monthIndex = months.indexOf(month);
  const dayNumber = Number(day);
  const hoursNumber = Number(hours);
  const minutesNumber = Number(minutes);
  const secondsNumber = Number(seconds);
  if (monthIndex === -1 || hoursNumber > 23 || minutesNumber > 59 || secondsNumber > 60) {
    return void 0;
  }
  const normalizedSeconds = Math.min(secondsNumber, 59);
  const date3 = new Date(Date.UTC(year, monthIndex, dayNumber, hoursNumber, minutesNumber, normalizedSeconds));
  date3.setUTCFullYear(year);
  const timestamp = date3.getTime();
  if (date3.getUTCFullYear() !== year || date3.getUTCMonth() !== monthIndex || date3.getUTCDate() !== dayNumber || date3.getUTCHours() !== hoursNumber || date3.getUTCMinutes() !== minutesNumber || date3.getUTCSeconds() !== normalizedSeconds) {
    return void 0;
  }
  return secondsNumber === 60 ? timestamp + 1e3 : timestamp;
};
var getCapture = (match, index) => match[index];
var parseDate = (value) => {
  const imfDate = imfDatePattern.exec(value);
  if (imfDate) {
    return createTimestamp({
      year: Number(getCapture(imfDate, 3)),
      month: getCapture(imfDate, 2),
      day: getCapture(imfDate, 1),
      hours: getCapture(imfDate, 4),
      minutes: getCapture(imfDate, 5),
      seconds: getCapture(imfDate, 6)
    });
  }
  const rfc850Date = rfc850DatePattern.exec(value);
  if (rfc850Date) {
    const now = /* @__PURE__ */ new Date();
    const twoDigitYear = Number(getCapture(rfc850Date, 3));
    const currentCenturyYear = Math.floor(now.getUTCFullYear() / 100) * 100 + twoDigitYear;
    const fiftyYearsFromNow = Date.UTC(now.getUTCFullYear() + 50, now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds());
    let timestamp;
    for (const year of [
      currentCenturyYear - 100,
      currentCenturyYear,
      currentCenturyYear + 100
    ]) {
      const candidateTimestamp = createTimestamp({
        year,
        month: getCapture(rfc850Date, 2),
        day: getCapture(rfc850Date, 1),
        hours: getCapture(rfc850Date, 4),
        minutes: getCapture(rfc850Date, 5),
        seconds: getCapture(rfc850Date, 6)
      });
      if (candidateTimestamp !== void 0 && candidateTimestamp <= fiftyYearsFromNow) {
        timestamp = candidateTimestamp;
      }
    }
    return timestamp;
  }
  const asctimeDate = asctimeDatePattern.exec(value);
  if (asctimeDate) {
    const time = getCapture(asctimeDate, 4);
    const [hours, minutes, seconds] = time.split(":");
    return createTimestamp({
      year: Number(getCapture(asctimeDate, 5)),
      month: getCapture(asctimeDate, 2),
      day: getCapture(asctimeDate, 3).trim(),
      hours,
      minutes,
      seconds
    });
  }
  return void 0;
};
var calculateRetryTimingDelay = ({ value, allowTimestamp }) => {
  if (delayPattern.test(value)) {
    let delay3 = Number(value) * 1e3;
    if (allowTimestamp && delay3 >= timestampThreshold) {
      delay3 -= Date.now();
    }
    return Math.max(0, delay3);
  }
  const timestamp = parseDate(value);
  if (timestamp === void 0) {
    return void 0;
  }
  const delay2 = timestamp - Date.now();
  return Number.isFinite(delay2) ? Math.max(0, delay2) : void 0;
};

// node_modules/ky/distribution/core/Ky.js
var maxErrorResponseBodySize = 10 * 1024 * 1024;
var prefixUrlRenamedErrorMessage = "The `prefixUrl` option has been renamed `prefix` in v2 and enhanced to allow slashes in input. See also the new `baseUrl` option for improved flexibility with standard URL resolution: https://github.com/sindresorhus/ky#baseurl";
var timedOutResponseData = /* @__PURE__ */ Symbol("timedOutResponseData");
var timedOutOperation = /* @__PURE__ */ Symbol("timedOutOperation");
var createTextDecoder = (contentType) => {
  const match = /;\s*charset\s*=\s*(?:"([^"]+)"|([^;,\s]+))/i.exec(contentType);
  const charset = match?.[1] ?? match?.[2];
  if (charset) {
    try {
      return new TextDecoder(charset);
    } catch {
    }
  }
  return new TextDecoder();
};
var invalidSchemaMessage = "The `schema` argument must follow the Standard Schema specification";
var cloneRetryOptions = (retry2) => {
  if (retry2 === null || typeof retry2 !== "object" || Array.isArray(retry2)) {
    return retry2;
  }
  const clonedRetry = { ...retry2 };
  if (Array.isArray(clonedRetry.methods)) {
    clonedRetry.methods = [...clonedRetry.methods];
  }
  if (Array.isArray(clonedRetry.statusCodes)) {
    clonedRetry.statusCodes = [...clonedRetry.statusCodes];
  }
  if (Array.isArray(clonedRetry.afterStatusCodes)) {
    clonedRetry.afterStatusCodes = [...clonedRetry.afterStatusCodes];
  }
  return clonedRetry;
};
var objectToString2 = Object.prototype.toString;
var leadingC0ControlOrSpacePattern = /^[\0-\u0020]+/g;
var asciiTabOrNewLinePattern = /[\t\n\r]/g;
var schemePattern = /^[a-z][\d+.a-z-]*:/i;
var malformedHttpProtocolPattern = /^https?:(?!\/\/)/i;
var isRequestInstance = (value) => value instanceof globalThis.Request || objectToString2.call(value) === "[object Request]";
var isResponseInstance = (value) => value instanceof globalThis.Response || objectToString2.call(value) === "[object Response]";
var isAbsoluteInput = (input) => schemePattern.test(input);
var normalizeInputForProtocolCheck = (input) => input.replaceAll(leadingC0ControlOrSpacePattern, "").replaceAll(asciiTabOrNewLinePattern, "");
var cloneSearchParametersForInitHook = (searchParameters) => {
  if (Array.isArray(searchParameters)) {
    return searchParameters.map((parameter) => [...parameter]);
  }
  return cloneShallow(searchParameters);
};
function cloneInitHookOptions(options) {
  const clonedOptions = {
    ...options,
    json: cloneShallow(options.json),
    context: cloneShallow(options.context),
    headers: cloneShallow(options.headers),
    searchParams: cloneSearchParametersForInitHook(options.searchParams)
  };
  if (options.retry !== void 0) {
    clonedOptions.retry = cloneRetryOptions(options.retry);
  }
  return clonedOptions;
}
var validateJsonWithSchema = async (jsonValue, schema) => {
  if (typeof schema !== "object" && typeof schema !== "function" || schema === null) {
    throw new TypeError(invalidSchemaMessage);
  }
  const standardSchema = schema["~standard"];
  if (typeof standardSchema !== "object" || standardSchema === null || typeof standardSchema.validate !== "function") {
    throw new TypeError(invalidSchemaMessage);
  }
  const validationResult = await standardSchema.validate(jsonValue);
  if (validationResult.issues) {
    throw new SchemaValidationError(validationResult.issues);
  }
  return validationResult.value;
};
var Ky = class _Ky {
  static create(input, options) {
    const initHooks = options.hooks?.init ?? [];
    const initHookOptions = initHooks.length > 0 ? cloneInitHookOptions(options) : options;
    for (const hook of initHooks) {
      hook(initHookOptions);
    }
    const ky2 = new _Ky(input, initHookOptions);
    const function_ = async () => {
      if (typeof ky2.#options.timeout === "number" && ky2.#options.timeout > maxSafeTimeout) {
        throw new RangeError(`The \`timeout\` option cannot be greater than ${maxSafeTimeout}`);
      }
      if (typeof ky2.#options.totalTimeout === "number" && ky2.#options.totalTimeout > maxSafeTimeout) {
        throw new RangeError(`The \`totalTimeout\` option cannot be greater than ${maxSafeTimeout}`);
      }
      await Promise.resolve();
      const beforeRequestResponse = await ky2.#runBeforeRequestHooks();
      if (beforeRequestResponse !== void 0) {
        ky2.#retryLimit = normalizeRetryOptions(ky2.#options.retry).limit;
      }
      let response = beforeRequestResponse ?? await ky2.#retry(async () => ky2.#fetch());
      let responseFromHook = beforeRequestResponse !== void 0 || ky2.#consumeReturnedResponseFromBeforeRetryHook();
      for (; ; ) {
        if (response === void 0) {
          return response;
        }
        if (isResponseInstance(response)) {
          try {
            response = await ky2.#runAfterResponseHooks(response);
          } catch (error) {
            if (!(error instanceof ForceRetryError)) {
              throw error;
            }
            const retriedResponse = await ky2.#retryFromError(error, async () => ky2.#fetch());
            if (retriedResponse === void 0) {
              return retriedResponse;
            }
            response = retriedResponse;
            responseFromHook = ky2.#consumeReturnedResponseFromBeforeRetryHook();
            continue;
          }
        }
        const currentResponse = response;
        if (!currentResponse.ok && currentResponse.type !== "opaque" && (typeof ky2.#options.throwHttpErrors === "function" ? ky2.#options.throwHttpErrors(currentResponse.status) : ky2.#options.throwHttpErrors)) {
          const httpError = new HTTPError(currentResponse, ky2.#getResponseRequest(currentResponse), ky2.#getNormalizedOptions());
          const errorToThrow = httpError;
          httpError.data = await ky2.#getResponseData(currentResponse);
          if (responseFromHook) {
            throw errorToThrow;
          }
          const retriedResponse = await ky2.#retryFromError(httpError, async () => ky2.#fetch());
          if (retriedResponse === void 0) {
            return retriedResponse;
          }
          response = retriedResponse;
          responseFromHook = ky2.#consumeReturnedResponseFromBeforeRetryHook();
          continue;
        }
        break;
      }
      if (!isResponseInstance(response)) {
        return response;
      }
      ky2.#decorateResponse(response);
      if (ky2.#options.onDownloadProgress) {
        if (typeof ky2.#options.onDownloadProgress !== "function") {
          throw new TypeError("The `onDownloadProgress` option must be a function");
        }
        if (!supportsResponseStreams) {
          throw new Error("Streams are not supported in your environment. `ReadableStream` is missing.");
        }
        const progressResponse = response.clone();
        ky2.#cancelResponseBody(response);
        return streamResponse(progressResponse, ky2.#options.onDownloadProgress);
      }
      return response;
    };
    const result = (async () => {
      try {
        return await function_();
      } catch (error) {
        await ky2.#throwProcessedError(error);
      } finally {
        const originalRequest = ky2.#originalRequest;
        ky2.#cancelBody(originalRequest?.body ?? void 0);
        if (ky2.request !== originalRequest) {
          ky2.#cancelBody(ky2.request.body ?? void 0);
        }
      }
    })();
    for (const [type, mimeType] of Object.entries(responseTypes)) {
      if (type === "bytes" && typeof globalThis.Response?.prototype?.bytes !== "function") {
        continue;
      }
      result[type] = async (schema) => {
        ky2.request.headers.set("accept", ky2.request.headers.get("accept") || mimeType);
        const response = await result;
        if (type !== "json") {
          return ky2.#raceBodyRead(async () => response[type](), response);
        }
        const text = await ky2.#raceBodyRead(async () => response.text(), response);
        const request = ky2.#getResponseRequest(response);
        const parsedResult = await ky2.#raceWithTotalTimeout(async () => {
          const jsonValue = initHookOptions.parseJson ? await initHookOptions.parseJson(text, { request, response }) : text === "" && schema !== void 0 ? void 0 : JSON.parse(text);
          return schema === void 0 ? jsonValue : validateJsonWithSchema(jsonValue, schema);
        });
        if (parsedResult === timedOutOperation) {
          await ky2.#throwProcessedError(new TimeoutError(request));
        }
        return parsedResult;
      };
    }
    return result;
  }
  // eslint-disable-next-line unicorn/prevent-abbreviations
  static #normalizeSearchParams(searchParams) {
    if (searchParams && typeof searchParams === "object" && !Array.isArray(searchParams) && !(searchParams instanceof URLSearchParams)) {
      return Object.fromEntries(Object.entries(searchParams).filter(([, value]) => value !== void 0));
    }
    return searchParams;
  }
  request;
  #abortController;
  #retryCount = 0;
  #retryLimit;
  #input;
  #options;
  #originalRequest;
  #userProvidedAbortSignal;
  #beforeRetryHookErrors = /* @__PURE__ */ new WeakSet();
  #cachedNormalizedOptions;
  #startTime;
  #returnedResponseFromBeforeRetryHook = false;
  #responseRequests = /* @__PURE__ */ new WeakMap();
  // eslint-disable-next-line complexity
  constructor(input, options = {}) {
    this.#input = input;
    if (Object.hasOwn(options, "prefixUrl")) {
      throw new Error(prefixUrlRenamedErrorMessage);
    }
    this.#options = {
      ...options,
      headers: mergeHeaders(this.#input.headers, options.headers),
      hooks: mergeHooks({}, options.hooks),
      method: normalizeRequestMethod(options.method ?? this.#input.method ?? "GET"),
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      prefix: String(options.prefix || ""),
      retry: normalizeRetryOptions(options.retry),
      throwHttpErrors: options.throwHttpErrors ?? true,
      timeout: options.timeout ?? 1e4,
      totalTimeout: options.totalTimeout ?? false,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      context: options.context ?? {}
    };
    this.#retryLimit = this.#options.retry.limit;
    if (typeof this.#input !== "string" && !(this.#input instanceof URL || this.#input instanceof globalThis.Request)) {
      throw new TypeError("`input` must be a string, URL, or Request");
    }
    if (typeof this.#input === "string") {
      if (this.#options.prefix) {
        const normalizedPrefix = this.#options.prefix.replace(/\/+$/, "");
        const normalizedInput = this.#input.replace(/^\/+/, "");
        this.#input = `${normalizedPrefix}/${normalizedInput}`;
      }
      if (this.#options.baseUrl) {
        const normalizedInput = normalizeInputForProtocolCheck(this.#input);
        if (malformedHttpProtocolPattern.test(normalizedInput)) {
          throw new TypeError("`input` url protocol must be followed by `//` when using `baseUrl`");
        }
        if (!isAbsoluteInput(normalizedInput)) {
          this.#input = new URL(this.#input, new Request(this.#options.baseUrl).url);
        }
      }
    }
    if (supportsAbortController && supportsAbortSignal) {
      this.#userProvidedAbortSignal = this.#options.signal ?? this.#input.signal;
      this.#abortController = new globalThis.AbortController();
      this.#options.signal = this.#createManagedSignal();
    }
    if (supportsRequestStreams) {
      this.#options.duplex = "half";
    }
    if (this.#options.json !== void 0) {
      this.#options.body = this.#options.stringifyJson?.(this.#options.json) ?? JSON.stringify(this.#options.json);
      this.#options.headers.set("content-type", this.#options.headers.get("content-type") ?? "application/json");
    }
    const userProvidedContentType = options.headers && new globalThis.Headers(options.headers).has("content-type");
    if (this.#input instanceof globalThis.Request && (supportsFormData && this.#options.body instanceof globalThis.FormData || this.#options.body instanceof URLSearchParams) && !userProvidedContentType) {
      this.#options.headers.delete("content-type");
    }
    this.request = new globalThis.Request(this.#input, this.#options);
    if (hasSearchParameters(this.#options.searchParams)) {
      const url = new URL(this.request.url);
      const deleted = this.#options.searchParams?.[deletedParametersSymbol];
      if (deleted) {
        for (const key of deleted) {
          url.searchParams.delete(key);
        }
      }
      if (typeof this.#options.searchParams === "string") {
        const stringSearchParameters = this.#options.searchParams.replace(/^\?/, "");
        if (stringSearchParameters !== "") {
          url.search = url.search ? `${url.search}&${stringSearchParameters}` : `?${stringSearchParameters}`;
        }
      } else {
        const optionsSearchParameters = new URLSearchParams(_Ky.#normalizeSearchParams(this.#options.searchParams));
        for (const [key, value] of optionsSearchParameters.entries()) {
          url.searchParams.append(key, value);
        }
      }
      if (this.#options.searchParams && typeof this.#options.searchParams === "object" && !Array.isArray(this.#options.searchParams) && !(this.#options.searchParams instanceof URLSearchParams)) {
        for (const [key, value] of Object.entries(this.#options.searchParams)) {
          if (value === void 0) {
            url.searchParams.delete(key);
          }
        }
      }
      this.request = new globalThis.Request(url, this.#options);
    }
    if (this.#options.onUploadProgress && typeof this.#options.onUploadProgress !== "function") {
      throw new TypeError("The `onUploadProgress` option must be a function");
    }
    this.#startTime = typeof this.#options.totalTimeout === "number" ? this.#getCurrentTime() : void 0;
  }
  #calculateDelay(retry2) {
    const retryDelay = retry2.delay(this.#retryCount + 1);
    let jitteredDelay = retryDelay;
    if (retry2.jitter === true) {
      jitteredDelay = Math.random() * retryDelay;
    } else if (typeof retry2.jitter === "function") {
      jitteredDelay = retry2.jitter(retryDelay);
      if (!Number.isFinite(jitteredDelay) || jitteredDelay < 0) {
        jitteredDelay = retryDelay;
      }
    }
    return Math.min(retry2.backoffLimit, jitteredDelay);
  }
  async #calculateRetryDelay(error) {
    const retry2 = normalizeRetryOptions(this.#options.retry);
    if (this.#retryCount >= Math.min(retry2.limit, this.#retryLimit)) {
      throw error;
    }
    const errorObject = error instanceof Error ? error : new NonError(error);
    if (errorObject instanceof ForceRetryError) {
      return errorObject.customDelay ?? this.#calculateDelay(retry2);
    }
    if (!retry2.methods.includes(this.request.method.toLowerCase())) {
      throw error;
    }
    const { shouldRetry } = retry2;
    if (shouldRetry !== void 0) {
      const result = await this.#raceWithTotalTimeout(async () => shouldRetry({ error: errorObject, retryCount: this.#retryCount + 1 }));
      if (result === timedOutOperation) {
        throw new TimeoutError(this.request);
      }
      if (result === false) {
        throw error;
      }
      if (result === true) {
        return this.#calculateDelay(retry2);
      }
    }
    if (isTimeoutError(error)) {
      if (!retry2.retryOnTimeout) {
        throw error;
      }
      return this.#calculateDelay(retry2);
    }
    if (isHTTPError(error)) {
      if (!retry2.statusCodes.includes(error.response.status)) {
        throw error;
      }
      const retryTimingHeader = getRetryTimingHeader(error.response.headers);
      if (retryTimingHeader && retry2.afterStatusCodes.includes(error.response.status)) {
        const after = calculateRetryTimingDelay(retryTimingHeader);
        if (after === void 0) {
          return this.#calculateDelay(retry2);
        }
        return Math.min(retry2.maxRetryAfter, after);
      }
      if (error.response.status === 413) {
        throw error;
      }
      return this.#calculateDelay(retry2);
    }
    if (!isNetworkError(error)) {
      throw error;
    }
    return this.#calculateDelay(retry2);
  }
  #decorateResponse(response) {
    const request = this.#getResponseRequest(response);
    if (this.#options.parseJson) {
      response.json = async () => {
        const text = await response.text();
        return this.#options.parseJson(text, { request, response });
      };
    }
    return response;
  }
  async #throwProcessedError(error) {
    if (!(error instanceof Error)) {
      throw error;
    }
    if (this.#beforeRetryHookErrors.has(error)) {
      throw error;
    }
    let processedError = error;
    for (const hook of this.#options.hooks.beforeError) {
      const hookResult = await hook({
        request: this.request,
        options: this.#getNormalizedOptions(),
        error: processedError,
        retryCount: this.#retryCount
      });
      if (hookResult instanceof Error) {
        processedError = hookResult;
      }
    }
    throw processedError;
  }
  async #getResponseData(response) {
    const readTimeout = this.#getErrorDataTimeout();
    const text = await this.#readResponseText(response, readTimeout.milliseconds);
    if (text === timedOutResponseData) {
      if (readTimeout.fromTotalTimeout) {
        throw new TimeoutError(this.request);
      }
      this.#throwIfTotalTimeoutExhausted();
      return void 0;
    }
    if (!text) {
      return void 0;
    }
    if (!this.#isJsonContentType(response.headers.get("content-type") ?? "")) {
      return text;
    }
    const parseTimeout = this.#getErrorDataTimeout();
    const data = await this.#parseJson(text, response, parseTimeout.milliseconds, this.#getResponseRequest(response));
    if (data === timedOutResponseData) {
      if (parseTimeout.fromTotalTimeout) {
        throw new TimeoutError(this.request);
      }
      this.#throwIfTotalTimeoutExhausted();
      return void 0;
    }
    return data;
  }
  #getErrorDataTimeout() {
    const errorDataTimeout = this.#options.timeout === false ? 1e4 : this.#options.timeout;
    const remainingTotal = this.#getRemainingTotalTimeout();
    if (remainingTotal === void 0) {
      return {
        milliseconds: errorDataTimeout,
        fromTotalTimeout: false
      };
    }
    if (remainingTotal <= 0) {
      throw new TimeoutError(this.request);
    }
    return {
      milliseconds: Math.min(errorDataTimeout, remainingTotal),
      fromTotalTimeout: remainingTotal <= errorDataTimeout
    };
  }
  #getBodyReadTimeout() {
    const remainingTotal = this.#getRemainingTotalTimeout();
    if (remainingTotal !== void 0) {
      if (remainingTotal <= 0) {
        throw new TimeoutError(this.request);
      }
      return this.#options.timeout === false ? remainingTotal : Math.min(this.#options.timeout, remainingTotal);
    }
    return this.#options.timeout === false ? void 0 : this.#options.timeout;
  }
  // Unlike error bodies (`#getResponseData`), a successful body read has no fallback value to return -
  // the caller's `.json()`/`.text()`/etc. promise must settle, so a timeout here always rejects.
  async #raceBodyRead(createBodyPromise, response) {
    let timeoutMs;
    try {
      timeoutMs = this.#getBodyReadTimeout();
    } catch (error) {
      await this.#throwProcessedError(error);
    }
    const bodyPromise = createBodyPromise();
    if (timeoutMs === void 0) {
      return bodyPromise;
    }
    const result = await Promise.race([
      bodyPromise,
      new Promise((resolve) => {
        const timeoutId = setTimeout(() => {
          resolve(timedOutResponseData);
        }, timeoutMs);
        void bodyPromise.finally(() => {
          clearTimeout(timeoutId);
        }).catch(() => void 0);
      })
    ]);
    if (result === timedOutResponseData) {
      this.#abortController?.abort();
      await this.#throwProcessedError(new TimeoutError(this.#getResponseRequest(response)));
    }
    return result;
  }
  async #raceWithTotalTimeout(operation) {
    const remainingTotal = this.#getRemainingTotalTimeout();
    if (remainingTotal === void 0) {
      return operation();
    }
    if (remainingTotal <= 0) {
      this.#abortController?.abort();
      return timedOutOperation;
    }
    let timeoutId;
    try {
      const timeoutPromise = new Promise((resolve) => {
        timeoutId = setTimeout(() => {
          resolve(timedOutOperation);
        }, remainingTotal);
      });
      const operationResult = Promise.resolve().then(operation).then((value) => ({ status: "fulfilled", value })).catch((error) => ({ status: "rejected", error }));
      const result = await Promise.race([operationResult, timeoutPromise]);
      const remainingAfterOperation = this.#getRemainingTotalTimeout();
      const didTimeOut = result === timedOutOperation || remainingAfterOperation !== void 0 && remainingAfterOperation <= 0;
      if (didTimeOut) {
        this.#abortController?.abort();
        if (result === timedOutOperation) {
          void operationResult.then((result2) => {
            if (result2.status === "fulfilled") {
              this.#cancelReturnedBody(result2.value);
            }
          });
        } else if (result.status === "fulfilled") {
          this.#cancelReturnedBody(result.value);
        }
        return timedOutOperation;
      }
      if (result.status === "rejected") {
        throw result.error;
      }
      return result.value;
    } finally {
      clearTimeout(timeoutId);
    }
  }
  #isJsonContentType(contentType) {
    const mimeType = (contentType.split(";", 1)[0] ?? "").trim().toLowerCase();
    return /\/(?:.*[.+-])?json$/.test(mimeType);
  }
  async #readResponseText(response, timeoutMs) {
    const { body } = response;
    if (!body) {
      try {
        return await response.text();
      } catch {
        return void 0;
      }
    }
    let reader;
    try {
      reader = body.getReader();
    } catch {
      return void 0;
    }
    const decoder = createTextDecoder(response.headers.get("content-type") ?? "");
    const chunks = [];
    let totalBytes = 0;
    const readAll = (async () => {
      try {
        for (; ; ) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          totalBytes += value.byteLength;
          if (totalBytes > maxErrorResponseBodySize) {
            void reader.cancel().catch(() => void 0);
            return void 0;
          }
          chunks.push(decoder.decode(value, { stream: true }));
        }
      } catch {
        return void 0;
      }
      chunks.push(decoder.decode());
      return chunks.join("");
    })();
    const timeoutPromise = new Promise((resolve) => {
      const timeoutId = setTimeout(() => {
        resolve(timedOutResponseData);
      }, timeoutMs);
      void readAll.finally(() => {
        clearTimeout(timeoutId);
      });
    });
    const result = await Promise.race([readAll, timeoutPromise]);
    if (result === timedOutResponseData) {
      void reader.cancel().catch(() => void 0);
    }
    return result;
  }
  async #parseJson(text, response, timeoutMs, request) {
    let timeoutId;
    try {
      return await Promise.race([
        Promise.resolve().then(() => this.#options.parseJson ? this.#options.parseJson(text, { request, response }) : JSON.parse(text)),
        new Promise((resolve) => {
          timeoutId = setTimeout(() => {
            resolve(timedOutResponseData);
          }, timeoutMs);
        })
      ]);
    } catch {
      return void 0;
    } finally {
      clearTimeout(timeoutId);
    }
  }
  #cancelBody(body) {
    if (!body) {
      return;
    }
    void body.cancel().catch(() => void 0);
  }
  #cancelResponseBody(response) {
    this.#cancelBody(response.body ?? void 0);
  }
  #cancelReturnedBody(value) {
    if (isResponseInstance(value)) {
      this.#cancelResponseBody(value);
    } else if (isRequestInstance(value)) {
      this.#cancelBody(value.body ?? void 0);
    }
  }
  #createManagedSignal() {
    return this.#userProvidedAbortSignal ? AbortSignal.any([this.#userProvidedAbortSignal, this.#abortController.signal]) : this.#abortController.signal;
  }
  #throwIfTotalTimeoutExhausted() {
    const remaining = this.#getRemainingTotalTimeout();
    if (remaining !== void 0 && remaining <= 0) {
      throw new TimeoutError(this.request);
    }
  }
  async #runBeforeRequestHooks() {
    for (const hook of this.#options.hooks.beforeRequest) {
      const result = await this.#raceWithTotalTimeout(async () => hook({
        request: this.request,
        options: this.#getNormalizedOptions(),
        retryCount: 0
      }));
      if (result === timedOutOperation) {
        throw new TimeoutError(this.request);
      }
      if (isRequestInstance(result)) {
        this.#assignRequest(result);
      } else if (isResponseInstance(result)) {
        return result;
      }
    }
    return void 0;
  }
  async #runAfterResponseHooks(response) {
    const responseRequest = this.#getResponseRequest(response);
    for (const hook of this.#options.hooks.afterResponse) {
      const hookResponse = this.#setResponseRequest(response.clone(), responseRequest);
      this.#decorateResponse(hookResponse);
      let modifiedResponse;
      try {
        modifiedResponse = await this.#raceWithTotalTimeout(async () => hook({
          request: this.request,
          options: this.#getNormalizedOptions(),
          response: hookResponse,
          retryCount: this.#retryCount
        }));
        if (modifiedResponse === timedOutOperation) {
          throw new TimeoutError(this.request);
        }
      } catch (error) {
        if (hookResponse !== response) {
          this.#cancelResponseBody(hookResponse);
        }
        this.#cancelResponseBody(response);
        throw error;
      }
      if (modifiedResponse instanceof RetryMarker) {
        if (hookResponse !== response) {
          this.#cancelResponseBody(hookResponse);
        }
        this.#cancelResponseBody(response);
        throw new ForceRetryError(modifiedResponse.options);
      }
      const nextResponse = isResponseInstance(modifiedResponse) ? this.#setResponseRequest(modifiedResponse, responseRequest) : response;
      if (hookResponse !== response && hookResponse !== nextResponse && hookResponse.body !== nextResponse.body) {
        this.#cancelResponseBody(hookResponse);
      }
      if (response !== nextResponse && response.body !== nextResponse.body) {
        this.#cancelResponseBody(response);
      }
      response = nextResponse;
    }
    return response;
  }
  async #retry(function_) {
    try {
      return await function_();
    } catch (error) {
      return this.#retryFromError(error, function_);
    }
  }
  async #retryFromError(error, function_) {
    this.#returnedResponseFromBeforeRetryHook = false;
    const retryDelay = Math.min(await this.#calculateRetryDelay(error), maxSafeTimeout);
    const delayOptions = { signal: this.#userProvidedAbortSignal };
    const remainingTimeout = this.#getRemainingTotalTimeout();
    if (remainingTimeout !== void 0) {
      if (remainingTimeout <= 0) {
        throw new TimeoutError(this.request);
      }
      if (retryDelay >= remainingTimeout) {
        await delay(remainingTimeout, delayOptions);
        throw new TimeoutError(this.request);
      }
    }
    await delay(retryDelay, delayOptions);
    this.#throwIfTotalTimeoutExhausted();
    if (error instanceof ForceRetryError && error.customRequest) {
      const customRequest = new globalThis.Request(error.customRequest, this.#options.signal ? { signal: this.#options.signal } : void 0);
      this.#assignRequest(customRequest);
    }
    for (const hook of this.#options.hooks.beforeRetry) {
      let hookResult;
      try {
        hookResult = await this.#raceWithTotalTimeout(async () => hook({
          request: this.request,
          options: this.#getNormalizedOptions(),
          error,
          retryCount: this.#retryCount + 1
        }));
      } catch (hookError) {
        if (hookError instanceof Error && hookError !== error) {
          this.#beforeRetryHookErrors.add(hookError);
        }
        throw hookError;
      }
      if (hookResult === timedOutOperation) {
        throw new TimeoutError(this.request);
      }
      if (isRequestInstance(hookResult)) {
        this.#assignRequest(hookResult);
        break;
      }
      if (isResponseInstance(hookResult)) {
        this.#returnedResponseFromBeforeRetryHook = true;
        this.#retryCount++;
        return hookResult;
      }
      if (hookResult === stop) {
        return;
      }
    }
    this.#throwIfTotalTimeoutExhausted();
    this.#retryCount++;
    return this.#retry(function_);
  }
  #consumeReturnedResponseFromBeforeRetryHook() {
    const value = this.#returnedResponseFromBeforeRetryHook;
    this.#returnedResponseFromBeforeRetryHook = false;
    return value;
  }
  async #fetch() {
    if (this.#abortController?.signal.aborted) {
      this.#abortController = new globalThis.AbortController();
      this.#options.signal = this.#createManagedSignal();
      this.request = new globalThis.Request(this.request, { signal: this.#options.signal });
    }
    const nonRequestOptions = findUnknownOptions(this.#options);
    this.#retryLimit = normalizeRetryOptions(this.#options.retry).limit;
    const retryRequest = this.#retryLimit > 0 ? this.request.clone() : void 0;
    const request = this.#wrapRequestWithUploadProgress(this.request, this.#options.body ?? void 0);
    this.#originalRequest = request;
    if (retryRequest) {
      this.request = retryRequest;
    }
    try {
      const remainingTotal = this.#getRemainingTotalTimeout();
      if (remainingTotal !== void 0 && remainingTotal <= 0) {
        throw new TimeoutError(this.request);
      }
      const effectiveTimeout = this.#options.timeout === false ? remainingTotal : remainingTotal === void 0 ? this.#options.timeout : Math.min(this.#options.timeout, remainingTotal);
      const response = effectiveTimeout === void 0 ? await this.#options.fetch(request, nonRequestOptions) : await timeout(request, nonRequestOptions, this.#abortController, {
        timeout: effectiveTimeout,
        fetch: this.#options.fetch
      });
      return this.#setResponseRequest(response, request);
    } catch (error) {
      if (isRawNetworkError(error)) {
        throw new NetworkError(this.request, { cause: error });
      }
      throw error;
    }
  }
  #getRemainingTotalTimeout() {
    if (this.#startTime === void 0) {
      return void 0;
    }
    const elapsed = this.#getCurrentTime() - this.#startTime;
    return Math.max(0, this.#options.totalTimeout - elapsed);
  }
  #getCurrentTime() {
    return globalThis.performance?.now() ?? Date.now();
  }
  #getNormalizedOptions() {
    if (!this.#cachedNormalizedOptions) {
      const { hooks, json, parseJson, stringifyJson, searchParams, timeout: timeout2, totalTimeout, throwHttpErrors, fetch, ...normalizedOptions } = this.#options;
      this.#cachedNormalizedOptions = Object.freeze(normalizedOptions);
    }
    return this.#cachedNormalizedOptions;
  }
  #assignRequest(request) {
    this.#cachedNormalizedOptions = void 0;
    this.request = request;
  }
  #getResponseRequest(response) {
    return this.#responseRequests.get(response) ?? this.request;
  }
  #setResponseRequest(response, request) {
    this.#responseRequests.set(response, request);
    return response;
  }
  #wrapRequestWithUploadProgress(request, originalBody) {
    if (!this.#options.onUploadProgress || !request.body || !supportsRequestStreams) {
      return request;
    }
    return streamRequest(request, this.#options.onUploadProgress, originalBody ?? this.#options.body ?? void 0);
  }
};

// node_modules/ky/distribution/index.js
var createInstance = (defaults) => {
  const ky2 = (input, options) => Ky.create(input, validateAndMerge(defaults, options));
  for (const method of requestMethods) {
    ky2[method] = (input, options) => Ky.create(input, validateAndMerge(defaults, options, { method }));
  }
  ky2.create = (newDefaults) => createInstance(validateAndMerge(newDefaults));
  ky2.extend = (newDefaults) => {
    if (typeof newDefaults === "function") {
      newDefaults = newDefaults(defaults ?? {});
    }
    return createInstance(validateAndMerge(defaults, newDefaults));
  };
  ky2.stop = stop;
  ky2.retry = retry;
  return ky2;
};
var ky = createInstance();
var distribution_default = ky;

// src/hub/rate-limit.ts
function parseRateLimit(header) {
  if (!header) return void 0;
  const r = /(?:^|;)\s*r=(\d+)/.exec(header);
  const t = /(?:^|;)\s*t=(\d+)/.exec(header);
  if (!r || !t) return void 0;
  return { remaining: Number(r[1]), resetInSeconds: Number(t[1]) };
}
function parseRateLimitPolicy(header) {
  if (!header) return void 0;
  const q = /(?:^|;)\s*q=(\d+)/.exec(header);
  const w = /(?:^|;)\s*w=(\d+)/.exec(header);
  if (!q || !w) return void 0;
  return { quota: Number(q[1]), windowSeconds: Number(w[1]) };
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var RateLimiter = class {
  #remaining;
  #resetAt = 0;
  #quota;
  #inFlight = 0;
  #blockedUntil = 0;
  #waiters = [];
  #timer;
  #now;
  /** Milliseconds spent waiting for a window to reset, for progress and benchmarks. */
  waitedMs = 0;
  constructor(now = Date.now) {
    this.#now = now;
  }
  /** Waits until a request may start; the returned function must be called when its response headers arrive. */
  async acquire() {
    for (; ; ) {
      const waitMs = this.#waitMs();
      if (waitMs === 0) break;
      const started = this.#now();
      await new Promise((resolve) => {
        this.#waiters.push(resolve);
        this.#arm(waitMs);
      });
      this.waitedMs += this.#now() - started;
    }
    this.#inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight--;
      this.#wake();
    };
  }
  /** Records what a response said of the budget. */
  update(rateLimit, policy) {
    const state = parseRateLimit(rateLimit);
    const limits = parseRateLimitPolicy(policy);
    if (limits) this.#quota = limits.quota;
    if (!state) return;
    const resetAt = this.#now() + state.resetInSeconds * 1e3;
    if (this.#remaining === void 0 || resetAt > this.#resetAt + 1500 || state.remaining < this.#remaining) {
      this.#remaining = state.remaining;
    }
    this.#resetAt = resetAt;
    this.#wake();
  }
  /** After a 429: nobody sends until the window has surely reset. */
  blockFor(ms) {
    this.#blockedUntil = Math.max(this.#blockedUntil, this.#now() + ms);
    this.#remaining = 0;
    this.#resetAt = Math.max(this.#resetAt, this.#blockedUntil);
  }
  #waitMs() {
    const now = this.#now();
    if (now < this.#blockedUntil) return this.#blockedUntil - now;
    if (this.#remaining === void 0) {
      return this.#inFlight > 0 ? 50 : 0;
    }
    if (now >= this.#resetAt) {
      this.#remaining = this.#quota ?? Math.max(1, this.#remaining);
      this.#resetAt = now + 1e3;
      if (this.#quota === void 0) this.#remaining = Math.max(this.#remaining, 1);
    }
    if (this.#remaining - this.#inFlight > 1) return 0;
    return Math.max(this.#resetAt - now + 250, 1);
  }
  #arm(ms) {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = void 0;
      this.#wake();
    }, ms);
  }
  #wake() {
    const waiters = this.#waiters;
    this.#waiters = [];
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = void 0;
    }
    for (const resolve of waiters) resolve();
  }
};

// src/hub/client.ts
var RETRY_STATUSES = /* @__PURE__ */ new Set([408, 500, 502, 503, 504]);
var TransientFault = class extends Error {
  name = "TransientFault";
  status;
  constructor(message, status, cause) {
    super(message, { cause });
    this.status = status;
  }
};
var HubClient = class {
  endpoint;
  limiter;
  #http;
  #maxAttempts;
  #maxRateLimitWaits;
  #backoffBaseMs;
  #backoffMaxMs;
  #sleep;
  #onEvent;
  requests = 0;
  retries = 0;
  rateLimited = 0;
  /** When set, requests (retries and redirects included) stop with BudgetSpent once it reaches 0. */
  requestBudget;
  constructor(options) {
    this.endpoint = options.endpoint.replace(/\/+$/, "");
    this.limiter = options.limiter ?? new RateLimiter();
    this.#maxAttempts = options.maxAttempts ?? 6;
    this.#maxRateLimitWaits = options.maxRateLimitWaits ?? 30;
    this.#backoffBaseMs = options.backoffBaseMs ?? 1e3;
    this.#backoffMaxMs = options.backoffMaxMs ?? 6e4;
    this.#sleep = options.sleep ?? sleep;
    this.#onEvent = options.onEvent ?? (() => {
    });
    const headers = { accept: "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    this.#http = distribution_default.create({
      headers,
      retry: 0,
      throwHttpErrors: false,
      timeout: options.timeoutMs ?? 12e4
    });
  }
  /**
   * Runs `attempt` until it succeeds, retrying transient faults with backoff and waiting out
   * 429s. `attempt` sends its request(s) with `open`.
   */
  async withRetries(what, url, attempt) {
    let faults = 0;
    let waits = 0;
    let lastStatus;
    let lastError;
    for (; ; ) {
      try {
        return await attempt();
      } catch (error) {
        if (error instanceof RateLimited) {
          waits++;
          this.rateLimited++;
          lastStatus = 429;
          if (waits > this.#maxRateLimitWaits) {
            throw new HubError(`${what} was still rate limited (429) after ${waits} waits: ${url}`, {
              url,
              status: 429,
              attempts: faults + waits
            });
          }
          this.#onEvent({ type: "rate-limited", what, delayMs: error.delayMs });
          this.limiter.blockFor(error.delayMs);
          continue;
        }
        if (!(error instanceof TransientFault)) throw error;
        faults++;
        lastStatus = error.status;
        lastError = error;
        if (faults >= this.#maxAttempts) {
          const status = lastStatus === void 0 ? "no HTTP status" : `last status ${lastStatus}`;
          throw new HubError(`${what} failed after ${faults} attempts (${status}: ${error.message}): ${url}`, {
            url,
            attempts: faults,
            status: lastStatus,
            cause: lastError
          });
        }
        const ceiling = Math.min(this.#backoffMaxMs, this.#backoffBaseMs * 2 ** (faults - 1));
        const delayMs = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
        this.retries++;
        this.#onEvent({ type: "retry", what, status: error.status, reason: error.message, attempt: faults, delayMs });
        await this.#sleep(delayMs);
      }
    }
  }
  /** GET a JSON document with retries. */
  async getJson(what, url) {
    return this.withRetries(what, url, async () => {
      const response = await this.open(url);
      return { data: await readJson(response), open: response };
    });
  }
  /**
   * Sends one request through the limiter; resolves when headers arrive. Throws TransientFault
   * for a retryable status or network error and RateLimited for a 429: run it inside withRetries.
   */
  async open(url, options = {}) {
    const release = await this.limiter.acquire();
    if (this.requestBudget !== void 0) {
      if (this.requestBudget <= 0) {
        release();
        throw new BudgetSpent();
      }
      this.requestBudget--;
    }
    let response;
    try {
      this.requests++;
      response = await this.#http.get(url, { redirect: options.followRedirects === false ? "manual" : "follow" });
    } catch (error) {
      release();
      throw new TransientFault(describeNetworkError(error), void 0, error);
    }
    this.limiter.update(response.headers.get("ratelimit"), response.headers.get("ratelimit-policy"));
    release();
    const { status } = response;
    if (status === 429) {
      await response.body?.cancel();
      throw new RateLimited(rateLimitDelayMs(response.headers));
    }
    if (RETRY_STATUSES.has(status)) {
      await response.body?.cancel();
      throw new TransientFault(`HTTP ${status} ${response.statusText}`.trim(), status);
    }
    return { url: response.url || url, status, headers: response.headers, response };
  }
};
var BudgetSpent = class extends Error {
  name = "BudgetSpent";
  constructor() {
    super("request budget spent");
  }
};
var RateLimited = class extends Error {
  delayMs;
  constructor(delayMs) {
    super("rate limited");
    this.delayMs = delayMs;
  }
};
function rateLimitDelayMs(headers) {
  const retryAfter = headers.get("retry-after");
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1e3;
  const t = /(?:^|;)\s*t=(\d+)/.exec(headers.get("ratelimit") ?? "");
  return ((t ? Number(t[1]) : 60) + 1) * 1e3;
}
async function readJson(open) {
  let text;
  try {
    text = await open.response.text();
  } catch (error) {
    throw new TransientFault(`body cut short (${describeNetworkError(error)})`, open.status, error);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TransientFault(`invalid JSON in a ${text.length}-character body`, open.status, error);
  }
}
async function hubErrorText(open) {
  const header = open.headers.get("x-error-message");
  let body = "";
  try {
    body = await open.response.text();
  } catch {
  }
  try {
    const parsed = JSON.parse(body);
    if (parsed && typeof parsed === "object" && "error" in parsed && typeof parsed.error === "string") return parsed.error;
  } catch {
  }
  return header ?? (body.trim().slice(0, 300) || `HTTP ${open.status}`);
}
function describeNetworkError(error) {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}

// src/hub/schema.ts
var LIST_EXPAND = [
  "author",
  "createdAt",
  "lastModified",
  "downloads",
  "downloadsAllTime",
  "likes",
  "private",
  "gated",
  "library_name",
  "spaces",
  "safetensors"
];
var Malformed = class extends Error {
};
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function present(item, key) {
  const value = item[key];
  return value === null ? void 0 : value;
}
function requiredString(item, key) {
  const value = present(item, key);
  if (typeof value !== "string" || value === "") throw new Malformed(`${key} must be a non-empty string, got ${show(value)}`);
  return value;
}
function count(item, key, fallback) {
  const value = present(item, key);
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Malformed(`${key} must be a non-negative integer, got ${show(value)}`);
  }
  return value;
}
function date2(item, key) {
  const value = present(item, key);
  if (value === void 0) return null;
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new Malformed(`${key} must be an ISO-8601 date, got ${show(value)}`);
  return ms;
}
function bool(item, key) {
  const value = present(item, key);
  if (value === void 0) return false;
  if (typeof value !== "boolean") throw new Malformed(`${key} must be a boolean, got ${show(value)}`);
  return value;
}
function gated(item) {
  const value = present(item, "gated");
  if (value === void 0 || value === false) return "false";
  if (value === "auto" || value === "manual") return value;
  throw new Malformed(`gated must be false, "auto" or "manual", got ${show(value)}`);
}
function spaces(item) {
  const value = present(item, "spaces");
  if (value === void 0) return 0;
  if (!Array.isArray(value)) throw new Malformed(`spaces must be an array, got ${show(value)}`);
  return value.length;
}
function parameters(item) {
  const value = present(item, "safetensors");
  if (value === void 0) return null;
  if (!isObject2(value)) throw new Malformed(`safetensors must be an object, got ${show(value)}`);
  return count(value, "total", null);
}
function library(item) {
  const value = present(item, "library_name");
  if (value === void 0) return "";
  if (typeof value !== "string") throw new Malformed(`library_name must be a string, got ${show(value)}`);
  return value;
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
var interned = /* @__PURE__ */ new Map();
function intern(value) {
  const known = interned.get(value);
  if (known !== void 0) return known;
  if (interned.size < 5e5) interned.set(value, value);
  return value;
}
function parseModelItem(raw) {
  if (!isObject2(raw)) return { ok: false, id: "?", problem: `item is not an object: ${show(raw)}` };
  const id = typeof raw.id === "string" ? raw.id : "?";
  try {
    const key = requiredString(raw, "_id");
    requiredString(raw, "id");
    const createdAt = date2(raw, "createdAt");
    if (createdAt === null) throw new Malformed("createdAt is missing");
    const authorValue = present(raw, "author");
    if (authorValue !== void 0 && typeof authorValue !== "string") {
      throw new Malformed(`author must be a string, got ${show(authorValue)}`);
    }
    const slash = id.indexOf("/");
    const author = authorValue ?? (slash > 0 ? id.slice(0, slash) : "");
    const record = {
      id,
      author: intern(author),
      likes: count(raw, "likes", 0),
      downloads: count(raw, "downloads", 0),
      createdAt,
      private: bool(raw, "private"),
      gated: gated(raw),
      library: intern(library(raw)),
      usedStorage: count(raw, "usedStorage", null),
      spaces: spaces(raw),
      lastModified: date2(raw, "lastModified"),
      downloadsAllTime: count(raw, "downloadsAllTime", null),
      parameters: parameters(raw)
    };
    return { ok: true, key, record };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, id, problem: error.message };
    throw error;
  }
}

// src/hub/list.ts
var PAGE_SIZE = 1e3;
function listUrl(endpoint, task) {
  const params = new URLSearchParams({ pipeline_tag: task, sort: "createdAt", limit: String(PAGE_SIZE) });
  for (const field of LIST_EXPAND) params.append("expand", field);
  return `${endpoint}/api/models?${params}`;
}
function nextLink(header) {
  if (!header) return void 0;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel="?next"?(?:\s*;|\s*$)/i.test(match[2] ?? "")) return match[1];
  }
  return void 0;
}
async function listModels(client, options) {
  const records = [];
  const seen = /* @__PURE__ */ new Set();
  const malformed = { count: 0, examples: [] };
  let duplicates = 0;
  let pages = 0;
  let truncated = false;
  let url = listUrl(client.endpoint, options.task);
  let headStart;
  const limit = options.maxModels ?? Number.POSITIVE_INFINITY;
  while (url !== void 0 && records.length < limit) {
    const pageUrl = url;
    const what = `list page ${pages + 1}`;
    let next;
    let nextStarted;
    const wantMore = () => records.length + PAGE_SIZE < limit;
    const items = await client.withRetries(what, pageUrl, async () => {
      const pending = headStart ?? client.open(pageUrl);
      headStart = void 0;
      const page = await pending;
      if (page.status !== 200) throw await refused(what, pageUrl, page);
      if (nextStarted === void 0) {
        next = nextLink(page.headers.get("link"));
        if (next !== void 0 && wantMore()) {
          nextStarted = client.open(next);
          nextStarted.catch(() => {
          });
        }
      }
      const body = await readJson(page);
      if (!Array.isArray(body)) throw new TransientFault("page is not a JSON array", page.status);
      return body;
    });
    pages++;
    for (const raw of items) {
      const result = parseModelItem(raw);
      if (!result.ok) {
        malformed.count++;
        if (malformed.examples.length < 5) malformed.examples.push({ id: result.id, problem: result.problem });
        continue;
      }
      if (seen.has(result.key)) {
        duplicates++;
        continue;
      }
      seen.add(result.key);
      records.push(result.record);
      if (records.length >= limit) {
        truncated = raw !== items[items.length - 1];
        break;
      }
    }
    options.onPage?.({ pages, models: records.length });
    url = next;
    headStart = nextStarted;
  }
  return { records, pages, duplicates, malformed, complete: url === void 0 && !truncated };
}
async function refused(what, url, page) {
  const text = await hubErrorText(page);
  const hint = page.status === 401 ? " (check HF_TOKEN / --token)" : "";
  return new HubError(`${what} was refused by the Hub: HTTP ${page.status}: ${text}${hint}: ${url}`, {
    url,
    status: page.status,
    attempts: 1
  });
}

// src/hub/enrich.ts
function carryForwardStorage(records, previous) {
  let carried = 0;
  for (const record of records) {
    if (record.usedStorage !== null) continue;
    const before = previous.get(record.id);
    if (before && before.usedStorage !== null && before.lastModified === record.lastModified) {
      record.usedStorage = before.usedStorage;
      carried++;
    }
  }
  return carried;
}
function enrichmentQueue(records) {
  return records.filter((record) => record.usedStorage === null).sort((a, b) => b.downloads - a.downloads || b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function storageUrl(endpoint, id) {
  return `${endpoint}/api/models/${id.split("/").map(encodeURIComponent).join("/")}?expand=usedStorage&expand=lastModified`;
}
var MAX_REDIRECTS = 5;
async function enrichStorage(client, records, options) {
  const queue = enrichmentQueue(records);
  const deadline = Date.now() + options.minutes * 6e4;
  const report = { learned: 0, gone: 0, failed: 0, requests: 0, stoppedBy: "done" };
  const requestsBefore = client.requests;
  client.requestBudget = options.budget;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < queue.length && report.stoppedBy === "done") {
      if (Date.now() >= deadline) {
        report.stoppedBy = "time";
        return;
      }
      const record = queue[next++];
      try {
        const outcome = await fetchStorage(client, record.id);
        if (outcome === "gone") report.gone++;
        else {
          record.usedStorage = outcome;
          report.learned++;
        }
      } catch (error) {
        if (error instanceof BudgetSpent) {
          report.stoppedBy = "budget";
          return;
        }
        report.failed++;
      }
      done++;
      options.onProgress?.({ done, queued: queue.length });
    }
  };
  try {
    if (options.budget > 0 && options.minutes > 0) {
      await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, worker));
    } else if (queue.length > 0) {
      report.stoppedBy = options.budget <= 0 ? "budget" : "time";
    }
  } finally {
    client.requestBudget = void 0;
  }
  const known = records.reduce((n, r) => n + (r.usedStorage === null ? 0 : 1), 0);
  return { ...report, requests: client.requests - requestsBefore, backlog: records.length - known, known, total: records.length };
}
async function fetchStorage(client, id) {
  let url = storageUrl(client.endpoint, id);
  return client.withRetries(`storage of ${id}`, url, async () => {
    for (let hop = 0; ; hop++) {
      const page = await client.open(url, { followRedirects: false });
      const location = page.headers.get("location");
      if ((page.status === 301 || page.status === 302 || page.status === 307 || page.status === 308) && location && hop < MAX_REDIRECTS) {
        await page.response.body?.cancel();
        url = new URL(location, url).toString();
        continue;
      }
      if (page.status === 401 || page.status === 404) {
        await page.response.body?.cancel();
        return "gone";
      }
      if (page.status !== 200) throw await refused(`storage of ${id}`, url, page);
      const body = await readJson(page);
      const bytes = body && typeof body === "object" ? body.usedStorage : void 0;
      if (typeof bytes !== "number" || !Number.isSafeInteger(bytes) || bytes < 0) {
        throw new Error(`the Hub answered no usedStorage for ${id}`);
      }
      return bytes;
    }
  });
}

// src/progress.ts
var Progress = class {
  #sink;
  #label;
  #started = Date.now();
  #intervalMs;
  #lastPrinted = 0;
  #live = false;
  constructor(sink, label, intervalMs = 1e4) {
    this.#sink = sink;
    this.#label = label;
    this.#intervalMs = intervalMs;
  }
  update(state, force = false) {
    const now = Date.now();
    if (this.#sink.isTTY) {
      if (!force && now - this.#lastPrinted < 100) return;
      this.#lastPrinted = now;
      this.#sink.write(`\r\x1B[2K${this.#line(state, now)}`);
      this.#live = true;
    } else if (force || now - this.#lastPrinted >= this.#intervalMs) {
      this.#lastPrinted = now;
      this.#sink.write(`${this.#line(state, now)}
`);
    }
  }
  /** Ends the live line so that following output starts on a fresh line. */
  finish(state) {
    this.update(state, true);
    if (this.#live) this.#sink.write("\n");
  }
  #line(state, now) {
    const seconds = (now - this.#started) / 1e3;
    const rate = seconds > 0 ? state.done / seconds : 0;
    const parts = [`${this.#label}: ${state.done.toLocaleString("en-US")}${state.total ? `/${state.total.toLocaleString("en-US")}` : ""} ${state.unit}`];
    parts.push(`${Math.round(rate).toLocaleString("en-US")} ${state.unit}/s`);
    if (state.detail) parts.push(state.detail);
    parts.push(`elapsed ${clock(seconds)}`);
    if (state.total && rate > 0 && state.done < state.total) parts.push(`ETA ${clock((state.total - state.done) / rate)}`);
    return parts.join(" \xB7 ");
  }
};
function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const rest = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, "0")}m` : `${m}m${String(rest).padStart(2, "0")}s`;
}

// src/pipeline.ts
var PipelineError = class extends Error {
  name = "PipelineError";
};
var SHRINK_LIMIT = 0.9;
function createClient(options, log) {
  return new HubClient({
    endpoint: options.endpoint,
    token: options.token,
    onEvent: (event) => {
      if (event.type === "retry") {
        log.info(`retrying ${event.what} in ${(event.delayMs / 1e3).toFixed(1)} s (attempt ${event.attempt} failed: ${event.reason})`);
      } else {
        log.info(`rate limited on ${event.what}: waiting ${(event.delayMs / 1e3).toFixed(0)} s for the window to reset`);
      }
    },
    ...options.client
  });
}
async function harvest(options, log) {
  const started = Date.now();
  const manifest = await readManifest(options.dataDir);
  const partial = options.maxModels !== void 0;
  if (manifest && manifest.pipelineTag !== options.task) {
    throw new PipelineError(
      `${options.dataDir} holds the "${manifest.pipelineTag}" dataset, not "${options.task}": give each pipeline tag its own --data-dir`
    );
  }
  if (partial && manifest?.complete) {
    throw new PipelineError(
      `--max-models makes a partial dataset and ${options.dataDir} holds a full one; write the sample elsewhere with --data-dir`
    );
  }
  const client = createClient(options, log);
  const previousIndex = await readIndex(options.dataDir);
  const previousModels = previousIndex?.reduce((sum, file) => sum + file.rows, 0);
  const listed = await log.group("List models", async () => {
    const progress = new Progress(log.progress, "list");
    const detail = () => `pages ${client.requests} \xB7 retries ${client.retries} \xB7 429s ${client.rateLimited}`;
    const total = options.maxModels ?? previousModels;
    const result = await listModels(client, {
      task: options.task,
      maxModels: options.maxModels,
      onPage: (p) => progress.update({ unit: "models", done: p.models, total, detail: detail() })
    });
    progress.finish({ unit: "models", done: result.records.length, total, detail: detail() });
    return result;
  });
  if (listed.malformed.count > 0) {
    const examples = listed.malformed.examples.map((e) => `${e.id}: ${e.problem}`).join("; ");
    log.warn(`skipped ${listed.malformed.count} malformed model(s) from the Hub, e.g. ${examples}`);
  }
  const records = listed.records;
  if (!partial && manifest?.complete && previousModels !== void 0 && records.length < SHRINK_LIMIT * previousModels && !options.allowShrink) {
    throw new PipelineError(
      `the Hub listed ${records.length} models, fewer than ${SHRINK_LIMIT * 100}% of the ${previousModels} in the previous dataset; nothing was written. If the catalogue really shrank, run again with --allow-shrink (action input allow-shrink: true)`
    );
  }
  const previous = await previousStorage(options.dataDir);
  const storage = await runEnrichment(client, records, previous, options, log);
  const previousIds = previous.size > 0 ? previous : void 0;
  const newModels = previousIds ? records.reduce((n, r) => n + (previousIds.has(r.id) ? 0 : 1), 0) : records.length;
  const dataset = await writeDataset(options.dataDir, records, {
    pipelineTag: options.task,
    complete: listed.complete,
    models: records.length
  });
  log.info(`wrote ${dataset.rows} models in ${dataset.files.length} files to ${dataset.dir}`);
  return {
    models: records.length,
    previousModels,
    newModels,
    pages: listed.pages,
    requests: client.requests,
    retries: client.retries,
    rateLimited: client.rateLimited,
    duplicates: listed.duplicates,
    malformed: listed.malformed,
    complete: listed.complete,
    storage,
    dataset,
    seconds: (Date.now() - started) / 1e3,
    records
  };
}
async function previousStorage(dataDir) {
  const previous = /* @__PURE__ */ new Map();
  for (const record of await readDataset(dataDir) ?? []) {
    const known = record.usedStorage !== null;
    previous.set(record.id, known ? { usedStorage: record.usedStorage, lastModified: record.lastModified } : null);
  }
  return previous;
}
async function runEnrichment(client, records, previous, options, log) {
  const carried = carryForwardStorage(records, previous);
  return log.group("Enrich storage", async () => {
    const progress = new Progress(log.progress, "storage");
    const report = await enrichStorage(client, records, {
      budget: options.enrichBudget,
      minutes: options.enrichMinutes,
      onProgress: (p) => progress.update({ unit: "models", done: p.done, total: Math.min(p.queued, options.enrichBudget) })
    });
    const full = { ...report, carried };
    progress.finish({ unit: "models", done: report.learned + report.gone + report.failed });
    log.info(storageLine(full));
    return full;
  });
}
function storageLine(report) {
  const share = report.total > 0 ? (100 * report.known / report.total).toFixed(1) : "0.0";
  return `storage known for ${report.known} of ${report.total} models (${share}%): ${report.carried} carried forward, ${report.learned} learned in ${report.requests} requests, ${report.gone} gone, ${report.failed} failed; backlog ${report.backlog} (stopped: ${report.stoppedBy})`;
}
async function enrichBacklog(options, log) {
  const manifest = await readManifest(options.dataDir);
  const records = await readDataset(options.dataDir);
  if (!manifest || !records) {
    throw new PipelineError(`no dataset in ${options.dataDir}: run "hf-trends refresh" (or harvest) first`);
  }
  const client = createClient(options, log);
  const storage = await runEnrichment(client, records, /* @__PURE__ */ new Map(), options, log);
  const dataset = await writeDataset(options.dataDir, records, { ...manifest, models: records.length });
  return { storage, dataset, models: records.length, records };
}
async function refresh(options, log) {
  const report = await harvest(options, log);
  const outputs = await log.group(
    "Charts and findings",
    () => renderOutputs(report.records, { dataDir: options.dataDir, chartsDir: options.chartsDir }, log)
  );
  return { ...report, outputs };
}

// src/publish/run.ts
async function publishToGitHub(_target, _content, _log) {
  throw new Error("committing to GitHub is not built yet");
}

// package.json
var package_default = {
  name: "hf-model-trends",
  version: "0.1.0",
  description: "Track how text-generation models evolve on the Hugging Face Hub: a GitHub Action and CLI that harvests every model of a pipeline tag, writes a git-friendly dataset, renders charts and recomputes findings.",
  license: "MIT",
  type: "module",
  private: true,
  engines: {
    node: ">=24"
  },
  bin: {
    "hf-trends": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "npm run build && tsc --noEmit && vitest run",
    start: "node dist/cli.js refresh",
    demo: "node scripts/demo.mjs",
    bench: "node scripts/bench.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@octokit/core": "^7.0.8",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@resvg/resvg-wasm": "^2.6.2",
    "csv-parse": "^7.0.3",
    "csv-stringify": "^6.9.0",
    "dejavu-fonts-ttf": "^2.37.3",
    "fast-png": "^8.0.0",
    ky: "^2.1.0",
    vega: "^6.4.0",
    "vega-lite": "^6.5.0"
  },
  devDependencies: {
    "@huggingface/hub": "^2.17.5",
    "@types/node": "^26.6.6",
    esbuild: "^0.28.2",
    typescript: "^7.0.2",
    vitest: "^5.1.2"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/cli.ts
var HELP = `hf-trends ${VERSION}: track the text-generation models of the Hugging Face Hub

Usage: hf-trends <command> [options]

Commands:
  refresh    list every model, learn storage within budget, write the dataset, charts and findings
  harvest    list every model and write the dataset only
  enrich     learn storage for the existing dataset's backlog (no listing), then re-render
  charts     render charts and findings from an existing dataset, offline

Options:
  --task <tag>            pipeline tag to track (default: text-generation)
  --endpoint <url>        Hub base URL (default: $HF_ENDPOINT, else https://huggingface.co)
  --token <token>         Hub token (default: $HF_TOKEN); sent as a Bearer token, never printed
  --data-dir <dir>        dataset and findings folder (default: data)
  --charts-dir <dir>      charts folder (default: charts)
  --max-models <n>        stop after n models: a quick partial run that never overwrites a full dataset
  --enrich-budget <n>     most single-model storage requests per run; 0 = none (default: 6000)
  --enrich-minutes <m>    most minutes for the storage phase (default: 30)
  --allow-shrink          accept a listing with fewer than 90% of the previous dataset's models
  --commit                refresh/enrich: commit what changed to GitHub (needs --repo and $GITHUB_TOKEN)
  --repo <owner/name>     repository to commit to
  --branch <name>         branch to commit to (default: the repository's default branch)
  --help, --version

Exit status: 0 on success; 1 with a one-line reason on failure; 2 for bad usage.`;
var UsageError = class extends Error {
};
function positiveInteger(value, name, fallback) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number, got "${value}"`);
  return Number(value);
}
function consoleLogger(secrets) {
  const mask = (text) => maskSecrets(text, secrets);
  return {
    info: (message) => process.stderr.write(`${mask(message)}
`),
    warn: (message) => process.stderr.write(`warning: ${mask(message)}
`),
    group: async (name, run) => {
      process.stderr.write(`== ${name}
`);
      return run();
    },
    progress: { isTTY: process.stderr.isTTY, write: (text) => process.stderr.write(mask(text)) }
  };
}
async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      task: { type: "string" },
      endpoint: { type: "string" },
      token: { type: "string" },
      "data-dir": { type: "string" },
      "charts-dir": { type: "string" },
      "max-models": { type: "string" },
      "enrich-budget": { type: "string" },
      "enrich-minutes": { type: "string" },
      "allow-shrink": { type: "boolean" },
      commit: { type: "boolean" },
      repo: { type: "string" },
      branch: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    }
  });
  if (values.help) return void process.stdout.write(`${HELP}
`);
  if (values.version) return void process.stdout.write(`${VERSION}
`);
  const command = positionals[0];
  if (!command) throw new UsageError("name a command: refresh, harvest, enrich or charts (see --help)");
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const token = values.token ?? (process.env.HF_TOKEN || void 0);
  const githubToken = process.env.GITHUB_TOKEN || void 0;
  const log = consoleLogger([token, githubToken]);
  const endpoint = values.endpoint ?? (process.env.HF_ENDPOINT || "https://huggingface.co");
  if (!/^https?:\/\/[^/]/.test(endpoint)) throw new UsageError(`--endpoint must be an http(s) URL, got "${endpoint}"`);
  const options = {
    task: values.task ?? "text-generation",
    endpoint: endpoint.replace(/\/+$/, ""),
    token,
    dataDir: values["data-dir"] ?? "data",
    chartsDir: values["charts-dir"] ?? "charts",
    maxModels: positiveInteger(values["max-models"], "--max-models", void 0),
    enrichBudget: positiveInteger(values["enrich-budget"], "--enrich-budget", 6e3),
    enrichMinutes: positiveInteger(values["enrich-minutes"], "--enrich-minutes", 30),
    allowShrink: values["allow-shrink"] ?? false
  };
  if (options.maxModels === 0) throw new UsageError("--max-models must be at least 1");
  if (values.commit && !values.repo) throw new UsageError("--commit needs --repo owner/name");
  if (values.commit && !githubToken) throw new UsageError("--commit needs a token in $GITHUB_TOKEN with contents: write");
  switch (command) {
    case "harvest": {
      const report = await harvest(options, log);
      process.stdout.write(`${report.models} models (${report.newModels} new) in ${report.pages} pages, ${report.seconds.toFixed(1)} s; ${storageLine(report.storage)}
`);
      return;
    }
    case "refresh":
    case "enrich": {
      const report = command === "refresh" ? await refresh(options, log) : await enrichThenRender(options, log);
      process.stdout.write(`${report.models} models; ${storageLine(report.storage)}; outputs in ${options.dataDir} and ${options.chartsDir}
`);
      if (values.commit) {
        const published = await publishToGitHub(
          { repository: values.repo, branch: values.branch, token: githubToken, apiUrl: process.env.GITHUB_API_URL },
          { dataDir: options.dataDir, chartsDir: options.chartsDir, message: `Refresh ${options.task}: ${report.models} models` },
          log
        );
        process.stdout.write(published.changed ? `committed ${published.sha}
` : "nothing changed: no commit\n");
      }
      return;
    }
    case "charts": {
      const records = await readDataset(options.dataDir);
      if (!records) throw new Error(`no dataset in ${options.dataDir}: run "hf-trends refresh" first, or point --data-dir at one`);
      const outputs = await renderOutputs(records, options, log);
      process.stdout.write(`wrote ${[...outputs.charts, ...outputs.insights].join(", ")}
`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}": use refresh, harvest, enrich or charts`);
  }
}
async function enrichThenRender(options, log) {
  const result = await enrichBacklog(options, log);
  await renderOutputs(result.records, options, log);
  return result;
}
main(process.argv.slice(2)).catch((error) => {
  const secrets = [process.env.HF_TOKEN, process.env.GITHUB_TOKEN, ...tokenArg(process.argv)];
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`hf-trends: ${maskSecrets(message.split("\n")[0] ?? "", secrets)}
`);
  process.exitCode = error instanceof UsageError || error.code?.startsWith("ERR_PARSE_ARGS") ? 2 : 1;
});
function tokenArg(argv) {
  const i = argv.indexOf("--token");
  const inline = argv.find((arg) => arg.startsWith("--token="))?.slice("--token=".length);
  return [i >= 0 ? argv[i + 1] : void 0, inline].filter((t) => Boolean(t));
}
/*! For license information please see cli.js.LEGAL.txt */
