// node:path on generated paths: every function of both flavours on strings built from the
// characters that matter (separators, dots, drive letters, colons), the same sequence each run.
import path from "node:path";

let seed = 12345;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const PIECES = ["CON:", "\\\\.\\", "\\\\?\\", "A", "nul:", "ab:", "/", "\\", "a", "b", ".", "..", "C:", "c:", "x.js", ".rc", "//", "\\\\", "srv", "?", "D:"];
function generated() {
  let text = "";
  const count = random(6);
  for (let i = 0; i < count; i++) text += PIECES[random(PIECES.length)];
  return text;
}
function show(f) {
  try { return JSON.stringify(f()); } catch (error) { return `${error.code}: ${error.message}`; }
}
for (let round = 0; round < 1500; round++) {
  const a = generated(), b = generated(), c = generated();
  for (const flavour of ["posix", "win32"]) {
    const p = path[flavour];
    console.log(flavour, JSON.stringify([a, b, c]), [
      show(() => p.normalize(a)), show(() => p.join(a, b, c)), show(() => p.resolve(a, b)),
      show(() => p.isAbsolute(a)), show(() => p.relative(a, b)), show(() => p.dirname(a)),
      show(() => p.basename(a)), show(() => p.basename(a, b)), show(() => p.basename(a, "s")), show(() => p.extname(a)),
      show(() => p.parse(a)), show(() => p.format(p.parse(a))), show(() => p.toNamespacedPath(a)),
    ].join(" "));
  }
}
