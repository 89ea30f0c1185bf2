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
// `family` is 0, 4 or 6; `verbatim` false puts IPv4 addresses first. `port` (or null) is what
// the permission check names along with the host: node:net's connect is allowed the lookup
// of the host it may connect to.
function lookupAll(hostname, family, verbatim, port, callback) {
  const version = ipVersion(hostname);
  if (version !== 0) {
    process.nextTick(callback, null, family === 0 || family === version ? [{ address: hostname, family: version }] : []);
    return;
  }
  PromisePrototypeThen(core.ops.dnsLookup(hostname, family, port), ([failure, found]) => {
    if (failure) return callback(lookupError(failure, hostname));
    const addresses = [];
    for (let i = 0; i < found.length; i++) ArrayPrototypePush(addresses, { address: found[i][0], family: found[i][1] });
    if (!verbatim) ArrayPrototypeSort(addresses, (a, b) => a.family - b.family);
    callback(null, addresses);
  });
}

module.exports = { lookupAll, lookupError };
