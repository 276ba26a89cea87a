// An XLSX is a zip. Before exceljs expands one, its central directory is read and every entry is
// inflated once into nothing, counting: a file that declares, or really expands to, more than the
// limit (a zip bomb) is refused before anything is kept in memory. The entries must also tile the
// file, so the streaming reader (which follows the local headers) sees exactly what was counted.
import { createInflateRaw } from "node:zlib";

export type ZipProblem = { code: "xlsx_too_large" | "xlsx_malformed" };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

type Entry = { offset: number; flags: number; method: number; compressed: number; size: number; dataStart: number };

class Malformed extends Error {}

function endOfCentralDirectory(view: DataView): { count: number; size: number; offset: number } {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const count = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    // ZIP64 (over 65,535 entries or 4 GB) is never needed by a list of firms.
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new Malformed();
    if (offset + size > at) throw new Malformed();
    return { count, size, offset };
  }
  throw new Malformed();
}

function entries(view: DataView): { list: Entry[]; centralStart: number } {
  const eocd = endOfCentralDirectory(view);
  const list: Entry[] = [];
  let at = eocd.offset;
  for (let i = 0; i < eocd.count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) throw new Malformed();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const offset = view.getUint32(at + 42, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (offset + 30 > eocd.offset || view.getUint32(offset, true) !== LOCAL) throw new Malformed();
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    // Without a data descriptor (flag bit 3) the local header repeats the sizes: they must agree.
    const localCompressed = view.getUint32(offset + 18, true);
    const localSize = view.getUint32(offset + 22, true);
    if ((flags & 8) === 0 && (localCompressed !== compressed || localSize !== size)) throw new Malformed();
    if ((method !== 0 && method !== 8) || (method === 0 && compressed !== size)) throw new Malformed();
    if (dataStart + compressed > eocd.offset) throw new Malformed();
    list.push({ offset, flags, method, compressed, size, dataStart });
  }
  return { list, centralStart: eocd.offset };
}

/** Entries back to back from the first byte to the central directory: no hidden local entry. */
function checkTiling(view: DataView, list: Entry[], centralStart: number) {
  let next = 0;
  for (const entry of [...list].sort((a, b) => a.offset - b.offset)) {
    if (entry.offset !== next) throw new Malformed();
    next = entry.dataStart + entry.compressed;
    if (entry.flags & 8) next += next + 4 <= view.byteLength && view.getUint32(next, true) === DESCRIPTOR ? 16 : 12;
  }
  if (next !== centralStart) throw new Malformed();
}

/** Inflates into nothing; stops as soon as the output passes `stop` bytes. */
function inflatedSize(data: Uint8Array, stop: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > stop) {
        settle(() => resolve(size));
        inflate.destroy();
      }
    });
    inflate.on("end", () => settle(() => resolve(size)));
    inflate.on("error", () => settle(() => reject(new Malformed())));
    inflate.end(data);
  });
}

/** Null when the zip may be read: well-formed, and within `limit` bytes uncompressed, declared and real. */
export async function checkZip(bytes: Uint8Array, limit: number): Promise<ZipProblem | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const { list, centralStart } = entries(view);
    checkTiling(view, list, centralStart);
    const declared = list.reduce((sum, e) => sum + e.size, 0);
    if (declared > limit) return { code: "xlsx_too_large" };
    let total = 0;
    for (const entry of list) {
      const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressed);
      const size = entry.method === 0 ? data.byteLength : await inflatedSize(data, entry.size);
      // An entry that expands beyond what it declared is lying about its size: refused the same way.
      if (size > entry.size) return { code: "xlsx_too_large" };
      if (size !== entry.size) throw new Malformed();
      total += size;
      if (total > limit) return { code: "xlsx_too_large" };
    }
    return null;
  } catch (error) {
    if (error instanceof Malformed || error instanceof RangeError) return { code: "xlsx_malformed" };
    throw error;
  }
}
