// Result link codes made the way the app makes them (src/core/share/result_link.rs), so journeys
// and benchmarks can bring many participants without answering the questionnaire each time.
import { crc32 } from "node:zlib";
import { QUESTIONNAIRE } from "./harness.mjs";

/** A result link's code, as the app writes it (see src/core/share/result_link.rs). */
export function resultCode({ version = QUESTIONNAIRE.version, days = 20780, name, answers }) {
  const out = [1, version, days >> 8, days & 255, name ? 1 : 0];
  let count = answers.length;
  for (;;) {
    const low = count & 0x7f;
    count >>= 7;
    if (count === 0) { out.push(low); break; }
    out.push(low | 0x80);
  }
  let acc = 0, bits = 0;
  for (const a of answers) {
    acc = (acc << 3) | a;
    bits += 3;
    while (bits >= 8) { bits -= 8; out.push((acc >> bits) & 255); acc &= (1 << bits) - 1; }
  }
  if (bits > 0) out.push((acc << (8 - bits)) & 255);
  if (name) { const b = Buffer.from(name, "utf8"); out.push(b.length, ...b); }
  const bytes = Buffer.from(out);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(bytes) >>> 0);
  return Buffer.concat([bytes, crc]).toString("base64url");
}

/** Every item's answer (1..5 levels, 6 not applicable) from `level(pillarIndex, itemIndex)`. */
export const answersOf = (level) => QUESTIONNAIRE.pillars.flatMap((p, pi) => p.items.map((_, ii) => level(pi, ii)));
