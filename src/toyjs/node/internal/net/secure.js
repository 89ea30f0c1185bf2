// What node:net shares with node:tls: a socket's or server's TLS options (`kSecure`, sent
// with connect and listen: the connection is then secure), the handshake's facts a secure
// connection brings (`kSecureFacts`), how a server makes its sockets (`kMakeSocket`, a TLS
// server's are TLSSockets), and the error of a failed handshake.
"use strict";
const { Symbol } = core.primordials;

const kSecure = Symbol("secureOptions");
const kSecureFacts = Symbol("secureFacts");
const kMakeSocket = Symbol("makeSocket");

// A handshake's failure as Node reports it: OpenSSL's reason as the message, its name as code.
function tlsError(failure) {
  const error = new Error(failure.message);
  error.code = failure.code;
  return error;
}

module.exports = { kSecure, kSecureFacts, kMakeSocket, tlsError };
