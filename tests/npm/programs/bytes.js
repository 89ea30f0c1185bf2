// bytes' README: byte counts formatted and parsed.
const bytes = require("bytes");

console.log(bytes(1024), bytes(1000), bytes(1024 * 1024 * 3.5), bytes("1KB"), bytes("1.5mb"), bytes(null));
console.log(bytes.format(1000, { thousandsSeparator: " " }), bytes.format(1024 * 1024 * 1024 * 2.75, { decimalPlaces: 1, unitSeparator: " " }), bytes.format(1024, { unit: "B" }), bytes.format(1, { fixedDecimals: true }));
console.log(bytes.parse("1TB"), bytes.parse("10"), bytes.parse("nope"), bytes.parse(512), bytes.format(-2048), bytes.format(Math.pow(1024, 5)));
