// atob and btoa (HTML's forgiving base64), by the native core (ops.text).
(function (core, ops) {
  "use strict";
  const { String, TypeError } = core.primordials;

  const NOT_A_DIGIT = 1, INCOMPLETE_GROUP = 2; // what base64Decode returns for text it refuses (base64.h)

  function invalid(message) {
    return new core.DOMException(message, "InvalidCharacterError");
  }

  function btoa(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    const encoded = ops.text.base64Encode(String(data));
    if (encoded === null) throw invalid("Invalid character");
    return encoded;
  }

  function atob(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    const decoded = ops.text.base64Decode(String(data));
    if (decoded === NOT_A_DIGIT) throw invalid("Invalid character");
    if (decoded === INCOMPLETE_GROUP) throw invalid("The string to be decoded is not correctly encoded.");
    return decoded;
  }

  core.atob = atob;
  core.btoa = btoa;
  core.defineGlobal("btoa", btoa);
  core.defineGlobal("atob", atob);
})
