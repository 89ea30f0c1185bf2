// IP addresses as node:net reads them (isIP and the family of an address).
"use strict";
const { RegExpPrototypeTest, String } = core.primordials;

const BYTE = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
const IPV4 = `(?:${BYTE}\\.){3}${BYTE}`;
const GROUP = "[0-9a-fA-F]{1,4}";
// The forms RFC 4291 allows: eight groups, "::" standing for one or more zero groups, and a
// dotted IPv4 address as the last 32 bits; then an optional %zone.
const IPV6 = "(?:" + [
  `(?:${GROUP}:){7}(?:${GROUP}|:)`,
  `(?:${GROUP}:){6}(?:${IPV4}|:${GROUP}|:)`,
  `(?:${GROUP}:){5}(?::${IPV4}|(?::${GROUP}){1,2}|:)`,
  `(?:${GROUP}:){4}(?:(?::${GROUP}){0,1}:${IPV4}|(?::${GROUP}){1,3}|:)`,
  `(?:${GROUP}:){3}(?:(?::${GROUP}){0,2}:${IPV4}|(?::${GROUP}){1,4}|:)`,
  `(?:${GROUP}:){2}(?:(?::${GROUP}){0,3}:${IPV4}|(?::${GROUP}){1,5}|:)`,
  `(?:${GROUP}:){1}(?:(?::${GROUP}){0,4}:${IPV4}|(?::${GROUP}){1,6}|:)`,
  `(?::(?:(?::${GROUP}){0,5}:${IPV4}|(?::${GROUP}){1,7}|:))`,
].join("|") + ")(?:%[0-9a-zA-Z-.:]{1,})?";
const IPV4_ONLY = new RegExp(`^${IPV4}$`);
const IPV6_ONLY = new RegExp(`^${IPV6}$`);

function isIPv4(input) {
  return RegExpPrototypeTest(IPV4_ONLY, String(input));
}

function isIPv6(input) {
  return RegExpPrototypeTest(IPV6_ONLY, String(input));
}

// 4, 6, or 0 for anything that is not an IP address.
function ipVersion(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIPv4, isIPv6, ipVersion };
