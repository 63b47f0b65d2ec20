import { describe, expect, it } from "vitest";
import { binCheckDigit, isValidBin } from "./bin.ts";

describe("isValidBin", () => {
  it("accepts BINs whose check digit comes from the first pass", () => {
    // 9·1+7·2+0·3+4·4+0·5+0·6+0·7+0·8+1·9+2·10+3·11 = 101; 101 mod 11 = 2
    expect(isValidBin("970400001232")).toBe(true);
    // 9+14+3+8+20+0+0+0+9+30+11 = 104; 104 mod 11 = 5
    expect(isValidBin("971240001315")).toBe(true);
    // 9+8+0+4+20+0+0+0+0+30+88 = 159; 159 mod 11 = 5
    expect(isValidBin("940140000385")).toBe(true);
  });

  it("accepts BINs that need the second pass", () => {
    // first pass: 0+2+24+0+20+24+0+0+0+50+11 = 131, mod 11 = 10
    // second pass (3,4,5,6,7,8,9,10,11,1,2): 0+4+40+0+28+32+0+0+0+5+2 = 111, mod 11 = 1
    expect(isValidBin("018044000511")).toBe(true);
    expect(isValidBin("018044000510")).toBe(false);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidBin("970400001233")).toBe(false);
    expect(isValidBin("971240001310")).toBe(false);
  });

  it("rejects numbers whose second pass also gives 10, whatever the last digit", () => {
    // first pass 120 mod 11 = 10, second pass 109 mod 11 = 10
    expect(binCheckDigit("01804400050")).toBeNull();
    for (let last = 0; last <= 9; last++) expect(isValidBin(`01804400050${last}`)).toBe(false);
  });

  it("rejects anything that is not exactly 12 digits", () => {
    for (const value of [
      "",
      "97040000123",
      "9704000012320",
      "97040000123a",
      " 970400001232",
      "９７０４００００１２３２",
    ]) {
      expect(isValidBin(value)).toBe(false);
    }
  });

  it("computes the check digit that makes a number valid", () => {
    expect(binCheckDigit("97040000123")).toBe(2);
    expect(binCheckDigit("01804400051")).toBe(1);
    expect(binCheckDigit("1234")).toBeNull();
  });
});
