// validator's README: string validators and sanitizers.
const validator = require("validator");

console.log(validator.isEmail("foo@bar.com"), validator.isEmail("foo@bar"), validator.isURL("https://example.com/path?q=1"), validator.isURL("not a url"));
console.log(validator.isIP("192.168.0.1"), validator.isIP("::1", 6), validator.isUUID("a3bb189e-8bf9-3888-9912-ace4e6543002"), validator.isJSON('{"a":1}'));
console.log(validator.isInt("42", { min: 1, max: 50 }), validator.isFloat("3.14"), validator.isHexColor("#fff"), validator.isCreditCard("4111111111111111"));
console.log(validator.isAlpha("abc"), validator.isAlphanumeric("abc123"), validator.isMobilePhone("+14155552671", "en-US"), validator.isPostalCode("90210", "US"));
console.log(validator.isISO8601("2020-01-01T00:00:00Z"), validator.isDate("2020-02-30"), validator.isStrongPassword("Passw0rd!"), validator.isSlug("my-slug"));
console.log(validator.isBase64("aGVsbG8="), validator.isMACAddress("01:02:03:04:05:ab"), validator.isSemVer("1.2.3-beta"), validator.isLength("abc", { min: 2, max: 3 }));
console.log(validator.escape("<a href='x'>&</a>"), validator.unescape("&lt;b&gt;"), validator.trim("  x  "), validator.normalizeEmail("Foo.Bar+tag@GMail.com"));
console.log(validator.toInt("12abc"), validator.toFloat("1.5e3"), validator.toBoolean("true"), validator.blacklist("abcabc", "b"), validator.stripLow("a\u0001b"));
console.log(validator.contains("hello world", "world"), validator.equals("a", "a"), validator.matches("abc", /^a/), validator.isIn("b", ["a", "b"]), validator.version);
try {
  validator.isEmail(42);
} catch (error) {
  console.log(error.name, error.message);
}
