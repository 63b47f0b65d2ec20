import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { filesOfZip } from "../modules/interop/hsds/hsds-source.ts";
import { MAX_ARCHIVE_ENTRIES, unzipUpload } from "./archive-guard.ts";

describe("uploaded archives", () => {
  it("unpacks an ordinary archive and keeps only base names of entries", () => {
    const zip = zipSync({
      "../../etc/passwd.csv": strToU8("id\n1\n"),
      "pkg/services.csv": strToU8("id\n2\n"),
    });
    expect(
      filesOfZip(zip)
        .map((f) => f.name)
        .sort(),
    ).toEqual(["passwd.csv", "services.csv"]);
  });

  it("refuses a decompression bomb before inflating it", () => {
    const bomb = zipSync({ "bomb.csv": new Uint8Array(64 * 2 ** 20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(2 ** 20);
    expect(() => unzipUpload(bomb)).toThrow(expect.objectContaining({ code: "bad_request" }));
  });

  it("refuses an archive of too many entries", () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_ARCHIVE_ENTRIES + 1 }, (_, i) => [`f${i}.csv`, strToU8("x")]),
    );
    expect(() => unzipUpload(zipSync(many))).toThrow(expect.objectContaining({ code: "bad_request" }));
  });

  it("answers a damaged archive with a 400-coded error, not a crash", () => {
    const zip = zipSync({ "a.csv": strToU8("id\n1\n".repeat(100)) });
    const damaged = zip.slice(0, zip.length - 30);
    expect(() => unzipUpload(damaged)).toThrow(expect.objectContaining({ code: "bad_request" }));
  });
});
