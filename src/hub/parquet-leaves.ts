/**
 * One leaf column of one Parquet row group, read page by page, handing over only the values of
 * the rows asked for. hyparquet decodes the pages (headers, codecs, encodings, levels, types);
 * this module walks the definition and repetition levels itself instead of assembling every row
 * into nested arrays, and converts (decodes text, scales timestamps) only the values it hands
 * over. Measured on an archive week of 3M models (scripts/archive-week.ts): hyparquet's
 * `parquetRead` spent 51 s of CPU and 1.5 GB holding a million rows of ten columns with their
 * lists assembled, when a third of the rows were wanted.
 *
 * hyparquet's page functions are reached through its exported `src/*.js` paths; its version is
 * pinned exactly in package.json, since these are not its documented surface.
 */
import type { ColumnChunk, ColumnMetaData, Compressors, DecodedArray, FileMetaData, PageHeader, ParquetParsers, SchemaTree } from "hyparquet";
import { parquetSchema } from "hyparquet";
import { parquetHeader } from "hyparquet/src/column.js";
import { convert, DEFAULT_PARSERS } from "hyparquet/src/convert.js";
import { decompressPage, readDataPage, readDataPageV2 } from "hyparquet/src/datapage.js";
import { readPlain } from "hyparquet/src/plain.js";
import { getMaxDefinitionLevel, getMaxRepetitionLevel, getTreePath } from "hyparquet/src/schema.js";

/** Where a leaf's chunk lies in the file, and how to decode it. */
export interface LeafChunk {
  /** The leaf's path, dotted (`baseModels.models.list.element.id`). */
  path: string;
  start: number;
  end: number;
  meta: ColumnMetaData;
  schemaPath: SchemaTree[];
}

/** The chunks of row group `group` whose leaf paths `want` accepts, in file order. */
export function leafChunks(metadata: FileMetaData, group: number, want: (path: string) => boolean): LeafChunk[] {
  const tree = parquetSchema(metadata);
  const chunks: LeafChunk[] = [];
  for (const column of (metadata.row_groups[group]?.columns ?? []) as ColumnChunk[]) {
    const meta = column.meta_data;
    if (!meta) continue;
    const path = meta.path_in_schema.join(".");
    if (!want(path)) continue;
    // As hyparquet plans it: a chunk starts at its dictionary page when it has one.
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    chunks.push({ path, start, end: start + Number(meta.total_compressed_size), meta, schemaPath: getTreePath(tree, meta.path_in_schema) });
  }
  return chunks.sort((a, b) => a.start - b.start);
}

/** Byte ranges covering `chunks`, neighbours closer than `gap` bytes read as one. */
export function coalesce(chunks: readonly LeafChunk[], gap: number): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const { start, end } of chunks) {
    const last = ranges.at(-1);
    if (last && start - last.end <= gap) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}

export interface LeafOptions {
  compressors?: Compressors;
  parsers?: Partial<ParquetParsers>;
}

/**
 * Walks a leaf chunk's pages (`bytes` is the whole chunk). For row r of the group, `slots[r]` ≥ 0
 * asks for its values (each present one handed to `take(slots[r], value)`, several for a list) and
 * −1 skips it; without `slots` every row is asked for, its slot its row. Returns the rows seen.
 */
export function readLeaf(bytes: Uint8Array, chunk: LeafChunk, options: LeafOptions, slots: Int32Array | undefined, take: (slot: number, value: unknown) => void): number {
  const { meta, schemaPath } = chunk;
  const element = schemaPath.at(-1)?.element;
  if (!element) throw new Error(`no schema element for ${chunk.path}`);
  const decoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element,
    schemaPath,
    codec: meta.codec,
    compressors: options.compressors,
    parsers: { ...DEFAULT_PARSERS, ...options.parsers },
  };
  const maxDefinition = getMaxDefinitionLevel(schemaPath);
  const repeated = getMaxRepetitionLevel(schemaPath) > 0;
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  let dictionary: DecodedArray | undefined;
  let row = -1;
  // Reused from page to page: the positions (slot, value index) of the values handed over.
  let wantedSlots = new Int32Array(0);
  let wantedValues = new Int32Array(0);
  while (reader.offset < bytes.byteLength) {
    const header: PageHeader = parquetHeader(reader);
    const page = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === "DICTIONARY_PAGE") {
      const plain = decompressPage(page, Number(header.uncompressed_page_size), meta.codec, options.compressors);
      const count = header.dictionary_page_header?.num_values ?? 0;
      dictionary = convert(readPlain({ view: new DataView(plain.buffer, plain.byteOffset, plain.byteLength), offset: 0 }, meta.type, count, element.type_length), decoder);
      continue;
    }
    let levels: { definitionLevels?: number[]; repetitionLevels: number[]; dataPage: DecodedArray };
    let encoding: string;
    let entries: number;
    if (header.type === "DATA_PAGE" && header.data_page_header) {
      const daph = header.data_page_header;
      levels = readDataPage(decompressPage(page, Number(header.uncompressed_page_size), meta.codec, options.compressors), daph, decoder);
      encoding = daph.encoding;
      entries = daph.num_values;
    } else if (header.type === "DATA_PAGE_V2" && header.data_page_header_v2) {
      levels = readDataPageV2(page, header, decoder);
      encoding = header.data_page_header_v2.encoding;
      entries = header.data_page_header_v2.num_values;
    } else continue; // an index page: nothing of the rows
    const definitions = levels.definitionLevels?.length ? levels.definitionLevels : undefined;
    const repetitions = repeated && levels.repetitionLevels.length ? levels.repetitionLevels : undefined;
    if (wantedSlots.length < entries) {
      wantedSlots = new Int32Array(entries);
      wantedValues = new Int32Array(entries);
    }
    let wanted = 0;
    let value = 0;
    for (let i = 0; i < entries; i++) {
      if (repetitions === undefined || repetitions[i] === 0) row++;
      if (definitions !== undefined && definitions[i] !== maxDefinition) continue;
      const slot = slots === undefined ? row : (slots[row] ?? -1);
      if (slot >= 0) {
        wantedSlots[wanted] = slot;
        wantedValues[wanted++] = value;
      }
      value++;
    }
    const values = levels.dataPage;
    if (dictionary !== undefined && encoding.endsWith("_DICTIONARY")) {
      for (let j = 0; j < wanted; j++) take(wantedSlots[j] as number, dictionary[values[wantedValues[j] as number] as number]);
    } else if (wanted > 0) {
      // Only the values handed over are converted, with hyparquet's own rules for the leaf's type.
      const picked = (Array.isArray(values) ? new Array(wanted) : new (values.constructor as new (n: number) => DecodedArray)(wanted)) as unknown[];
      for (let j = 0; j < wanted; j++) picked[j] = values[wantedValues[j] as number];
      const converted = convert(picked as DecodedArray, decoder);
      for (let j = 0; j < wanted; j++) take(wantedSlots[j] as number, converted[j]);
    }
  }
  return row + 1;
}
