// color-convert's README: conversions between colour models.
const convert = require("color-convert");

console.log(convert.rgb.hsl(140, 200, 100));
console.log(convert.keyword.rgb("blue"));
console.log(convert.rgb.keyword(255, 0, 0));
console.log(convert.rgb.cmyk.raw(167, 255, 4));
console.log(convert.rgb.hex(123, 45, 67), convert.hex.rgb("DEADBF"), convert.rgb.ansi256(100, 200, 50));
console.log(convert.hsl.rgb([0, 100, 50]), convert.lab.lch(50, 20, 30), convert.hsv.hex(200, 50, 60));
console.log(convert.rgb.channels, convert.hsl.labels, Object.keys(convert).length);
