import { describe, expect, it } from "vitest";
import { compareByName, searchKey, sortByName, splitName } from "@/lib/delegates/names";

const fullNames = (names: string[]) => sortByName(names.map((n) => ({ ...splitName(n), n }))).map((x) => x.n);

describe("Vietnamese names", () => {
  it("splits family, middle and given names, NFC and trimmed", () => {
    expect(splitName("  Nguyễn   Văn  Đức ")).toEqual({ familyName: "Nguyễn", middleName: "Văn", givenName: "Đức" });
    expect(splitName("Tòng Thị Thu Hương")).toEqual({ familyName: "Tòng", middleName: "Thị Thu", givenName: "Hương" });
    expect(splitName("Lò Ánh")).toEqual({ familyName: "Lò", middleName: "", givenName: "Ánh" });
    const nfd = "Nguyễn Văn Đức".normalize("NFD");
    expect(splitName(nfd).givenName).toBe("Đức");
    expect(splitName(nfd).familyName).toBe("Nguyễn".normalize("NFC"));
  });

  it("sorts by given name in the Vietnamese alphabet (a ă â … d đ … e ê … o ô ơ … u ư), then middle, then family", () => {
    const shuffled = [
      "Trần Văn Ước", "Lê Thị Ơn", "Phạm Văn Đức", "Hoàng Thị Ân", "Vũ Văn Dũng", "Lò Thị Êm", "Đỗ Văn Ăn", "Nguyễn Văn An",
      "Bùi Thị Uyên", "Hà Văn Ông", "Giàng A Ong", "Lý Thị Ê", "Ma Văn Em", "Ông Văn Bình", "Âu Thị Anh", "Tòng Văn Ánh",
    ];
    expect(fullNames(shuffled)).toEqual([
      "Nguyễn Văn An", "Âu Thị Anh", "Tòng Văn Ánh", "Đỗ Văn Ăn", "Hoàng Thị Ân", "Ông Văn Bình", "Vũ Văn Dũng", "Phạm Văn Đức",
      "Ma Văn Em", "Lý Thị Ê", "Lò Thị Êm", "Giàng A Ong", "Hà Văn Ông", "Lê Thị Ơn", "Bùi Thị Uyên", "Trần Văn Ước",
    ]);
  });

  it("breaks ties on the middle name, then the family name", () => {
    expect(fullNames(["Trần Văn An", "Nguyễn Văn An", "Lê Đức An", "Lê Bá An"])).toEqual(["Lê Bá An", "Lê Đức An", "Nguyễn Văn An", "Trần Văn An"]);
    expect(compareByName(splitName("Âu Văn An"), splitName("Ông Văn An"))).toBeLessThan(0);
  });

  it("makes a search key without diacritics, đ → d, whatever the Unicode form", () => {
    expect(searchKey("Nguyễn Văn Đức")).toBe("nguyen van duc");
    expect(searchKey("Nguyễn Văn Đức".normalize("NFD"))).toBe("nguyen van duc");
    expect(searchKey("ĐẶNG THỊ ƯỚC")).toBe("dang thi uoc");
    expect(searchKey("nguyen van duc")).toBe("nguyen van duc");
    expect(searchKey("Nguyễn Văn Đức")).toContain(searchKey("van đuc"));
  });
});
