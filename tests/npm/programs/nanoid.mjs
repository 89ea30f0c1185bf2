// nanoid 3's README: ids of a given size and alphabet; custom random bytes (seeded here, so the ids are fixed).
import { nanoid, customAlphabet, customRandom, urlAlphabet } from "nanoid";

console.log(nanoid().length, nanoid(10).length, /^[A-Za-z0-9_-]+$/.test(nanoid()), urlAlphabet);
console.log(customAlphabet("1234567890abcdef", 10)().length, /^[0-9a-f]{10}$/.test(customAlphabet("1234567890abcdef", 10)()));
let seed = 7;
const seededBytes = (size) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[i] = seed & 255;
  }
  return bytes;
};
const seeded = customRandom("abcdefghijklmnopqrstuvwxyz", 12, seededBytes);
console.log(seeded(), seeded(), customRandom(urlAlphabet, 21, seededBytes)());
