// iconv-lite's README: text to and from legacy encodings.
const iconv = require("iconv-lite");

const buf = iconv.encode("Sample input string", "win1251");
console.log(buf, iconv.decode(Buffer.from([0x68, 0x65, 0x6c, 0x6c, 0x6f]), "win1251"));
console.log(iconv.encode("Привет", "win1251"), iconv.decode(iconv.encode("Привет", "koi8-r"), "koi8-r"), iconv.encode("héllo", "latin1"));
console.log(iconv.encode("日本語", "shift_jis"), iconv.decode(Buffer.from([0x93, 0xfa, 0x96, 0x7b]), "sjis"), iconv.encode("中文", "gbk"), iconv.encode("한국어", "euc-kr"));
console.log(iconv.encode("hi", "utf16"), iconv.encode("hi", "utf16-be"), iconv.decode(Buffer.from([0xff, 0xfe, 0x68, 0, 0x69, 0]), "utf16"), iconv.encode("€", "cp1252"));
console.log(iconv.encodingExists("us-ascii"), iconv.encodingExists("klingon"));
const decoder = iconv.getDecoder("utf8");
console.log(decoder.write(Buffer.from([0xe2, 0x82])) + "|" + decoder.write(Buffer.from([0xac])) + "|" + (decoder.end() || ""));
try {
  iconv.encode("x", "klingon");
} catch (error) {
  console.log(error.message);
}
const stream = iconv.decodeStream("win1251");
let collected = "";
stream.on("data", (chunk) => { collected += chunk; });
stream.on("end", () => console.log("stream:", collected));
stream.write(Buffer.from([0xcf, 0xf0, 0xe8]));
stream.end(Buffer.from([0xe2, 0xe5, 0xf2]));
