// TextEncoder, TextDecoder, atob and btoa, as node has them.
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode("héllo €𝄞"), enc.encode(), enc.encode("\uD800x"));
const target = new Uint8Array(5);
console.log(enc.encodeInto("a€𝄞", target), target);
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])));
console.log(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])).length);
console.log(JSON.stringify(dec.decode(new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82]))));
try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code); }
const streaming = new TextDecoder();
const bytes = enc.encode("€𝄞!");
let out = "";
for (const b of bytes) out += streaming.decode(new Uint8Array([b]), { stream: true });
out += streaming.decode();
console.log(out);
console.log(new TextDecoder("utf-16le").decode(new Uint8Array([0x68, 0, 0x69, 0])), new TextDecoder("latin1").encoding);
console.log(new TextDecoder("windows-1252").decode(new Uint8Array([0x41, 0xe9])), new TextDecoder(" UTF8 ").encoding);
console.log(new TextDecoder().decode(new Uint16Array([0x6968]).buffer), new TextDecoder().decode(new DataView(enc.encode("dv").buffer)));
try { new TextDecoder("no-such-encoding"); } catch (e) { console.log(e.name); }
console.log(btoa("hello"), btoa(""), btoa("\xff\xfe"), atob("aGVsbG8="), atob(" aGVs bG8 "), atob("YQ"));
for (const bad of ["a", "ab=c", "€"]) {
  try { bad === "€" ? btoa(bad) : atob(bad); } catch (e) { console.log(e.name, e.code, e instanceof DOMException); }
}
console.log(Object.prototype.toString.call(new TextEncoder()));
