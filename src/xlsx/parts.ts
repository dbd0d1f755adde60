// An .xlsx package as its parts: read from a zip once, edited as text, compressed once.
import { deflateSync, strFromU8, strToU8, unzipSync } from "fflate";
import { zipDeflated, type DeflateRaw } from "./zip.ts";

/** Deflate level for the final package: most of the size gain of level 6 at a fraction of the time. */
export const DEFLATE_LEVEL = 3;

/** Deflate in plain JavaScript (fflate), for any platform; callers pass a native one where there is one. */
export const portableDeflate: DeflateRaw = (data) => deflateSync(data, { level: DEFLATE_LEVEL });

export class PackageParts {
  private constructor(private readonly files: Record<string, Uint8Array>) {}

  static unzip(zip: Uint8Array): PackageParts {
    return new PackageParts(unzipSync(zip));
  }

  paths(): string[] {
    return Object.keys(this.files);
  }

  has(path: string): boolean {
    return path in this.files;
  }

  text(path: string): string {
    const bytes = this.files[path];
    if (!bytes) throw new Error(`xlsx package has no ${path}`);
    return strFromU8(bytes);
  }

  write(path: string, xml: string): void {
    this.files[path] = strToU8(xml);
  }

  /** The package as an .xlsx file, parts in the order they were first written. */
  zip(deflateRaw: DeflateRaw = portableDeflate): Promise<Uint8Array> {
    return zipDeflated(
      Object.entries(this.files).map(([path, data]) => ({ path, data })),
      deflateRaw,
    );
  }
}
