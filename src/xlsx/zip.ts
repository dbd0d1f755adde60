// A zip archive from parts already deflated: the container only (local headers, central directory, end
// record), so the compression can be the platform's own (node:zlib, the browser's CompressionStream).

/** Raw deflate (RFC 1951, no zlib header), sync or async. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

/** CRC-32 tables for eight bytes a step (slicing-by-8): table k gives a byte's CRC k bytes further on. */
const CRC_TABLES = (() => {
  const tables = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++)
      tables[k * 256 + n] = tables[tables[(k - 1) * 256 + n]! & 0xff]! ^ (tables[(k - 1) * 256 + n]! >>> 8);
  return tables;
})();

/** CRC-32 (the zip's, ISO 3309) of `data`, eight bytes a step: the parts run to hundreds of megabytes. */
export function crc32(data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = -1;
  let i = 0;
  for (const end = data.length - 7; i < end; i += 8) {
    const lo = c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
    c =
      t[7 * 256 + (lo & 0xff)]! ^
      t[6 * 256 + ((lo >>> 8) & 0xff)]! ^
      t[5 * 256 + ((lo >>> 16) & 0xff)]! ^
      t[4 * 256 + (lo >>> 24)]! ^
      t[3 * 256 + data[i + 4]!]! ^
      t[2 * 256 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const DEFLATED = 8;
const VERSION = 20; // 2.0: deflate
/** 1980-01-01 00:00 in DOS time: the package carries no clock time, so the same plan gives the same bytes. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

/** The fields a local header and a central directory header share, in the same order, from `at`. */
function writeEntryFields(
  view: DataView,
  at: number,
  e: { crc: number; packedSize: number; size: number; nameLength: number },
): void {
  view.setUint16(at, VERSION, true); // needed to extract
  view.setUint16(at + 2, 0x0800, true); // names in UTF-8
  view.setUint16(at + 4, DEFLATED, true);
  view.setUint16(at + 6, DOS_TIME, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.packedSize, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, e.nameLength, true); // extra field length (next) stays 0
}

/** The archive of `entries`, each deflated by `deflateRaw`, in the order given. */
export async function zipDeflated(entries: readonly ZipEntry[], deflateRaw: DeflateRaw): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const { path, data } of entries) {
    const name = encoder.encode(path);
    const packed = await deflateRaw(data);
    const crc = crc32(data);
    const entry = { crc, packedSize: packed.length, size: data.length, nameLength: name.length };
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    writeEntryFields(local, 4, entry);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, VERSION, true); // made by
    writeEntryFields(header, 6, entry);
    header.setUint32(42, offset, true); // extra, comment, disk, attributes stay 0
    chunks.push(new Uint8Array(local.buffer), name, packed);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + packed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  if (entries.length > 0xffff || offset + centralSize > 0xffffffff)
    throw new Error("The workbook is too large for a zip without Zip64: split the reports into several workbooks.");
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const c of [...chunks, ...central, new Uint8Array(end.buffer)]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
