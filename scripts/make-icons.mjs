// Draws the app icon (the same design as assets/icon.svg) as PNG files for the web app manifest.
// Run once after changing the design: node scripts/make-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

// In 64-unit design space: is this point white?
const white = (x, y) =>
  (y >= 52 && y < 56 && x >= 10 && x < 54) ||
  (y >= 10 && y < 20 && Math.abs(x - 32) <= (y - 10) * 2) ||
  (y >= 24 && y < 48 && [[15, 20], [23, 28], [31, 33], [36, 41], [44, 49]].some(([a, b]) => x >= a && x < b));

for (const size of [192, 512]) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let px = 0; px < size; px++) {
      const x = ((px + 0.5) * 64) / size, y = ((py + 0.5) * 64) / size;
      const [r, g, b] = white(x, y) ? [255, 255, 255] : [0x1f, 0x5f, 0x8b];
      row.set([r, g, b], 1 + px * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png);
}
