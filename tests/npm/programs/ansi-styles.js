// ansi-styles 4's README: open and close codes, groups and colour conversions.
const style = require("ansi-styles");

console.log(JSON.stringify(`${style.green.open}Hello world!${style.green.close}`));
console.log(JSON.stringify(style.color.ansi.rgb(100, 200, 15)), JSON.stringify(style.bgColor.ansi256.hsl(120, 100, 60)), JSON.stringify(style.color.ansi16m.hex("#abcdef")));
console.log(JSON.stringify(style.bold.open + style.underline.open + "x" + style.underline.close + style.bold.close), JSON.stringify(style.color.close), JSON.stringify(style.bgColor.close));
console.log(Object.keys(style.modifier), Object.keys(style.color).length, Object.keys(style.bgColor).length);
console.log(style.codes.get(31), style.codes.get(1), style.red.open === style.color.red.open, style.grey === style.gray);
