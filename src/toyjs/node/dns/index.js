// node:dns: lookup() through the system's resolver (internal/dns/lookup.js). The resolve*
// functions, which query DNS servers directly, are not implemented yet.
"use strict";
const { ArrayPrototypeIncludes, ObjectDefineProperty, Promise } = core.primordials;
const { invalidArgType, invalidArgValue, unimplemented, validateFunction } = require("internal/errors");
const { lookupAll } = require("internal/dns/lookup");

const FAMILIES = [0, 4, 6];
const ORDERS = ["verbatim", "ipv4first", "ipv6first"];
const ORDERS_REASON = "must be one of: 'verbatim', 'ipv4first', 'ipv6first'";
let defaultOrder = "verbatim"; // setDefaultResultOrder's: the order of the addresses found

// The family, all and verbatim options of lookup(hostname[, options]), checked as Node does.
function lookupOptions(options) {
  let family = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === "number" || options === undefined || options === null) {
    family = options ?? 0;
    if (!ArrayPrototypeIncludes(FAMILIES, family)) throw invalidArgValue("family", family, "must be one of: 0, 4, 6");
  } else if (typeof options === "object") {
    if (options.family !== undefined && options.family !== null) {
      const named = { IPv4: 4, IPv6: 6 };
      family = typeof options.family === "string" ? named[options.family] ?? options.family : options.family;
      if (!ArrayPrototypeIncludes(FAMILIES, family)) {
        throw invalidArgValue("options.family", options.family, "must be one of: 0, 4, 6");
      }
    }
    if (options.all !== undefined && typeof options.all !== "boolean") throw invalidArgType("options.all", "boolean", options.all);
    if (options.verbatim !== undefined && typeof options.verbatim !== "boolean") {
      throw invalidArgType("options.verbatim", "boolean", options.verbatim);
    }
    all = options.all === true;
    if (options.order !== undefined) {
      if (!ArrayPrototypeIncludes(ORDERS, options.order)) throw invalidArgValue("options.order", options.order, ORDERS_REASON);
      order = options.order;
    } else if (options.verbatim !== undefined) {
      order = options.verbatim ? "verbatim" : "ipv4first";
    }
  } else {
    throw invalidArgType("options", ["integer", "object"], options);
  }
  return { family, all, order };
}

function validateHostname(hostname) {
  if (hostname && typeof hostname !== "string") throw invalidArgType("hostname", "string", hostname);
}

// lookup(hostname[, options], callback): callback(error, address, family), or with `all`
// callback(error, [{ address, family }...]).
function lookup(hostname, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  validateHostname(hostname);
  validateFunction(callback, "callback");
  const { family, all, order } = lookupOptions(options);
  if (!hostname) {
    process.nextTick(callback, null, all ? [] : null, all ? undefined : family === 6 ? 6 : 4);
    return {};
  }
  lookupAll(hostname, family, order, null, (error, addresses) => {
    if (error) return callback(error);
    if (all) return callback(null, addresses);
    if (addresses.length === 0) return callback(null, null, family === 6 ? 6 : 4);
    callback(null, addresses[0].address, addresses[0].family);
  });
  return {};
}

// The promise form: { address, family }, or an array of them with `all`.
function lookupPromise(hostname, options) {
  validateHostname(hostname);
  const { all } = lookupOptions(options);
  return new Promise((resolve, reject) => {
    lookup(hostname, options, (error, address, family) => {
      if (error) reject(error);
      else resolve(all ? address : { address, family });
    });
  });
}

const RESOLVERS = [
  "resolve", "resolve4", "resolve6", "resolveAny", "resolveCaa", "resolveCname", "resolveMx", "resolveNaptr",
  "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv", "resolveTxt", "reverse", "lookupService",
];

function addCommon(target, prefix) {
  for (let i = 0; i < RESOLVERS.length; i++) target[RESOLVERS[i]] = unimplemented(`${prefix}${RESOLVERS[i]}`);
  target.Resolver = unimplemented(`${prefix}Resolver`);
  target.getServers = () => [];
  target.setServers = unimplemented(`${prefix}setServers`);
  target.getDefaultResultOrder = () => defaultOrder;
  target.setDefaultResultOrder = (order) => {
    if (!ArrayPrototypeIncludes(ORDERS, order)) throw invalidArgValue("dnsOrder", order, ORDERS_REASON);
    defaultOrder = order;
  };
}

exports.lookup = lookup;
addCommon(exports, "dns.");
// getaddrinfo's hint flags, as Linux numbers them.
exports.ADDRCONFIG = 32;
exports.V4MAPPED = 8;
exports.ALL = 16;
const CODES = [
  "NODATA", "FORMERR", "SERVFAIL", "NOTFOUND", "NOTIMP", "REFUSED", "BADQUERY", "BADNAME", "BADFAMILY", "BADRESP",
  "CONNREFUSED", "TIMEOUT", "EOF", "FILE", "NOMEM", "DESTRUCTION", "BADSTR", "BADFLAGS", "NONAME", "BADHINTS",
  "NOTINITIALIZED", "LOADIPHLPAPI", "ADDRGETNETWORKPARAMS", "CANCELLED",
];
for (let i = 0; i < CODES.length; i++) exports[CODES[i]] = `E${CODES[i]}`;

const promises = { lookup: lookupPromise };
addCommon(promises, "dns.promises.");
ObjectDefineProperty(exports, "promises", { value: promises, enumerable: true, configurable: true, writable: true });
