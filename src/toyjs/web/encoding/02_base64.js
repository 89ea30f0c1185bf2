// atob and btoa (HTML's forgiving base64).
(function (core, ops) {
  "use strict";
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lookup = new Map([...alphabet].map((ch, i) => [ch, i]));

  function invalid(message) {
    return new core.DOMException(message, "InvalidCharacterError");
  }

  function btoa(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    const text = String(data);
    let out = "";
    for (let i = 0; i < text.length; i += 3) {
      const bytes = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
      for (let j = 0; j < 3 && i + j < text.length; j++) if (bytes[j] > 0xff) throw invalid("Invalid character");
      const [a, b = 0, c = 0] = bytes.map((x) => (Number.isNaN(x) ? 0 : x));
      const n = (a << 16) | (b << 8) | c;
      const left = text.length - i;
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63];
      out += left > 1 ? alphabet[(n >> 6) & 63] : "=";
      out += left > 2 ? alphabet[n & 63] : "=";
    }
    return out;
  }

  function atob(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    let text = String(data).replace(/[\t\n\f\r ]/g, "");
    if (text.length % 4 === 0) text = text.replace(/={1,2}$/, "");
    if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) throw invalid("The string to be decoded is not correctly encoded.");
    let out = "";
    let buffer = 0, bits = 0;
    for (const ch of text) {
      buffer = (buffer << 6) | lookup.get(ch);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 0xff);
      }
    }
    return out;
  }

  core.defineGlobal("btoa", btoa);
  core.defineGlobal("atob", atob);
})
