// Buffers over SharedArrayBuffers and over memory that was transferred (detached).
import { Buffer, isUtf8, isAscii } from "node:buffer";
const t=(n,f)=>{try{const r=f();console.log(n,'=>',r)}catch(e){console.log(n,'!!',e.name,e.code,e.message)}};
const sab = new SharedArrayBuffer(1000);
new Uint8Array(sab).fill(0x61);
t("sab big", () => Buffer.from(sab).toString().length);
t("sab hex", () => Buffer.from(sab, 10, 600).toString("hex").length);
t("sab isUtf8", () => [isUtf8(sab), isAscii(sab)]);
const ab = new ArrayBuffer(1000);
const buf = Buffer.from(ab);
structuredClone(ab, { transfer: [ab] });
t("detached length", () => [buf.length, buf.toString(), buf.toString("hex")]);
t("detached from", () => Buffer.from(ab));
t("detached isUtf8", () => isUtf8(ab));
t("detached isAscii", () => isAscii(buf));
t("detached byteLength", () => Buffer.byteLength(ab));
t("detached fill", () => buf.fill(1));
t("detached write", () => buf.write("a"));
t("detached read", () => buf.readUInt8(0));
t("detached copy", () => Buffer.from("abc").copy(buf));
t("detached equals", () => buf.equals(Buffer.alloc(0)));
// A string longer than V8 allows (the pages of the zeroed buffer are never touched).
t("too long for a string", () => Buffer.alloc(2 ** 28 + 1).toString("hex"));
t("too long, then a slice of it", () => Buffer.alloc(2 ** 28 + 1).toString("hex", 0, 3));
