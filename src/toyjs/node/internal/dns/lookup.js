// Name lookups as node:dns's lookup() and node:net's connect and listen make them: the
// system's resolver (getaddrinfo, in dns/ops.py), or no lookup at all for an IP address.
// The ops come with node:dns: a module requiring this one requires "dns" first.
"use strict";
const { ArrayPrototypePush, ArrayPrototypeSort, PromisePrototypeThen } = core.primordials;
const { codedError } = require("internal/errors");
const { ipVersion } = require("internal/net/address");

// Node's error for a failed lookup: "getaddrinfo ENOTFOUND host", with errno, code, syscall
// and hostname.
function lookupError(failure, hostname) {
  const error = new Error(`getaddrinfo ${failure.code} ${hostname}`);
  error.errno = failure.errno;
  error.code = failure.code;
  error.syscall = "getaddrinfo";
  error.hostname = hostname;
  return error;
}

// callback(error, [{ address, family }...]) in a later task (or tick, for an IP address).
// `family` is 0, 4 or 6; `order` is "verbatim", or "ipv4first"/"ipv6first" to sort by family. `port` (or null) is what
// the permission check names along with the host: node:net's connect is allowed the lookup
// of the host it may connect to.
function lookupAll(hostname, family, order, port, callback) {
  const version = ipVersion(hostname);
  if (version !== 0) {
    process.nextTick(callback, null, [{ address: hostname, family: version }]); // whatever family was asked
    return;
  }
  PromisePrototypeThen(core.ops.dnsLookup(hostname, family, port), ([failure, found]) => {
    if (failure) return callback(lookupError(failure, hostname));
    const addresses = [];
    for (let i = 0; i < found.length; i++) ArrayPrototypePush(addresses, { address: found[i][0], family: found[i][1] });
    if (order !== "verbatim") {
      const first = order === "ipv4first" ? 4 : 6;
      ArrayPrototypeSort(addresses, (a, b) => (b.family === first) - (a.family === first));
    }
    callback(null, addresses);
  });
}

module.exports = { lookupAll, lookupError };
