// node:string_decoder's StringDecoder: encodings, inputs, errors, characters split across writes.
import stringDecoder, { StringDecoder } from "node:string_decoder";

const u = (...bytes) => new Uint8Array(bytes);
const show = (value) => JSON.stringify(value);
console.log(Object.keys(stringDecoder), typeof StringDecoder, Object.keys(new StringDecoder()));
for (const name of ["utf8", "UTF-8", "utf-8", "ucs2", "UCS-2", "utf16le", "utf-16le", "latin1", "binary", "base64", "BASE64URL", "hex", "ascii", undefined, null, ""]) {
  console.log(show(name), new StringDecoder(name).encoding);
}
for (const bad of ["nope", 5, "utf16be", "utf32", true]) {
  try { new StringDecoder(bad); } catch (error) { console.log(error.name, error.code, error.message); }
}
for (const bad of [5, null, {}, [1, 2], new ArrayBuffer(2)]) {
  try { new StringDecoder().write(bad); } catch (error) { console.log(error.name, error.code, error.message); }
}
const euro = new StringDecoder("utf8");
console.log(show([euro.write(u(0xe2)), euro.write(u(0x82)), euro.write(u(0xac)), euro.write(u(0xf0, 0x9f)), euro.write(u(0x98, 0x80, 0x41)), euro.end()]));
const cut = new StringDecoder();
console.log(show([cut.write(u(0xe2, 0x82)), cut.end(), cut.write(u(0x41)), cut.end(u(0xc3)), cut.end(u(0xc3, 0xa9))]));
// A decoder built the old way (iconv-lite does): the constructor called on an object whose
// prototype is StringDecoder's.
function Inherited(encoding) {
  StringDecoder.call(this, encoding);
}
Inherited.prototype = StringDecoder.prototype;
const inherited = new Inherited("utf8");
console.log(inherited.encoding, inherited instanceof StringDecoder, show([inherited.write(u(0xe2, 0x82)), inherited.end(u(0xac))]));
const strings = new StringDecoder("hex");
console.log(show([strings.write("passed through"), strings.write(u(0xde, 0xad)), strings.end("tail"), strings.write(new Uint16Array([0x4142]))]));
console.log(show(new StringDecoder().write(new DataView(u(0x68, 0x69).buffer))), show(new StringDecoder("latin1").write(u(0xe9, 0xff))));
console.log(show(new StringDecoder("ascii").write(u(0xe9, 0x41, 0x80))), show(new StringDecoder("utf16le").write(u(0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde))));
const offset = new Uint8Array([0x00, 0xe2, 0x82, 0xac, 0x00]).subarray(1, 4);
console.log(show(new StringDecoder().write(offset)));
const reused = new Uint8Array([0xe2, 0x82]);
const decoder = new StringDecoder();
decoder.write(reused);
reused[0] = 0x41;
console.log(show(decoder.write(u(0xac))));
const b64 = new StringDecoder("base64");
console.log(show([b64.write(u(1)), b64.write(u(2, 3, 4)), b64.end(), b64.end(u(1, 2)), b64.write(u())]));
const big = new Uint8Array(100000).fill(0x61);
console.log(new StringDecoder("latin1").write(big).length, new StringDecoder().write(big).length);
