// The Party document header (Hướng dẫn 36-HD/VPTW) for a congress's own papers:
//   ĐẢNG BỘ HUYỆN TÂN UYÊN                       ĐẢNG CỘNG SẢN VIỆT NAM
//   ĐẠI HỘI ĐẠI BIỂU LẦN THỨ III                  ──────────────────────
//             *                           Tân Uyên, ngày 08 tháng 6 năm 2020
//                      DANH SÁCH ĐẠI BIỂU CHÍNH THỨC
// Shared by every document a congress issues (rosters, ballots, minutes, lists of the elected).
import { toRoman } from "../congresses/roman";

export type DocumentHeader = { superior: string; issuer: string; party: string; placeDate: string; title: string; subtitle: string };

/**
 * The words of the block, from the Vietnamese catalog (documents are Vietnamese whatever the
 * reader's language), so the text lives there: each kind of document brings its own title.
 */
export type HeaderLabels = {
  party: string;
  issuer: (ordinal: string) => string;
  placeDate: (place: string, day: string, month: string, year: string) => string;
  title: string;
  subtitle: (unit: string, ordinal: string, start: number, end: number) => string;
};

const UNIT_PREFIX = /^(đảng bộ|chi bộ)\s+((huyện|thị xã|thành phố|quận|tỉnh|xã|phường|thị trấn|đặc khu)\s+)?/iu;

/** "Đảng bộ huyện Tân Uyên" → "Tân Uyên": the place name written before the date. */
export function placeName(unitName: string): string {
  return unitName.normalize("NFC").replace(UNIT_PREFIX, "").trim() || unitName;
}

/** Days below 10 and the months January and February take a leading zero (ngày 08 tháng 6, tháng 01). */
export function dateParts(iso: string): { day: string; month: string; year: string } {
  const [y, m, d] = iso.split("-") as [string, string, string];
  const month = Number(m);
  return { day: d.padStart(2, "0"), month: month <= 2 ? String(month).padStart(2, "0") : String(month), year: y };
}

export function documentHeader(congress: { unitName: string; ordinal: number; termStart: number; termEnd: number; dateIso: string }, labels: HeaderLabels): DocumentHeader {
  const ordinal = toRoman(congress.ordinal);
  const { day, month, year } = dateParts(congress.dateIso);
  return {
    superior: congress.unitName.normalize("NFC").toLocaleUpperCase("vi"),
    issuer: labels.issuer(ordinal).toLocaleUpperCase("vi"),
    party: labels.party.toLocaleUpperCase("vi"),
    placeDate: labels.placeDate(placeName(congress.unitName), day, month, year),
    title: labels.title.toLocaleUpperCase("vi"),
    subtitle: labels.subtitle(congress.unitName, ordinal, congress.termStart, congress.termEnd),
  };
}
