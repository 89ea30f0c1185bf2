// atob and btoa (HTML's forgiving base64).
(function (core, ops) {
  "use strict";
  const {
    SafeMap, String, TypeError, StringFromCharCode, StringPrototypeCharCodeAt, RegExpPrototypeSymbolReplace,
    RegExpPrototypeTest,
  } = core.primordials;
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lookup = new SafeMap();
  for (let i = 0; i < alphabet.length; i++) lookup.set(alphabet[i], i);

  function invalid(message) {
    return new core.DOMException(message, "InvalidCharacterError");
  }

  function btoa(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    const text = String(data);
    let out = "";
    for (let i = 0; i < text.length; i += 3) {
      const left = text.length - i;
      const a = StringPrototypeCharCodeAt(text, i);
      const b = left > 1 ? StringPrototypeCharCodeAt(text, i + 1) : 0;
      const c = left > 2 ? StringPrototypeCharCodeAt(text, i + 2) : 0;
      if (a > 0xff || b > 0xff || c > 0xff) throw invalid("Invalid character");
      const n = (a << 16) | (b << 8) | c;
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63];
      out += left > 1 ? alphabet[(n >> 6) & 63] : "=";
      out += left > 2 ? alphabet[n & 63] : "=";
    }
    return out;
  }

  function atob(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    let text = RegExpPrototypeSymbolReplace(/[\t\n\f\r ]/g, String(data), "");
    if (text.length % 4 === 0) text = RegExpPrototypeSymbolReplace(/={1,2}$/, text, "");
    if (text.length % 4 === 1 || RegExpPrototypeTest(/[^A-Za-z0-9+/]/, text)) throw invalid("The string to be decoded is not correctly encoded.");
    let out = "";
    let buffer = 0, bits = 0;
    for (let i = 0; i < text.length; i++) {
      buffer = (buffer << 6) | lookup.get(text[i]);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += StringFromCharCode((buffer >> bits) & 0xff);
      }
    }
    return out;
  }

  core.atob = atob;
  core.btoa = btoa;
  core.defineGlobal("btoa", btoa);
  core.defineGlobal("atob", atob);
})
