// node:path: path strings as POSIX and Windows read them. Pure string work: nothing here touches
// the file system, except that `resolve` starts from process.cwd() when its arguments are all
// relative. `path` is the POSIX flavour (toyjs runs on POSIX systems), and `path.win32` /
// `path.posix` reach both flavours from either.
"use strict";
const {
  ArrayIsArray, ArrayPrototypeJoin, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeSlice, RegExpPrototypeExec,
  StringPrototypeCharCodeAt, StringPrototypeLastIndexOf, StringPrototypeSlice, StringPrototypeToLowerCase,
} = core.primordials;
const { invalidArgType, unimplemented } = require("internal/errors");

const SLASH = 47; // "/"
const BACKSLASH = 92; // "\\"

function validateString(value, name) {
  if (typeof value !== "string") throw invalidArgType(name, "string", value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== "object" || ArrayIsArray(value)) throw invalidArgType(name, "object", value);
}

// `body` split at separators, "." dropped and ".." applied. A ".." that would climb past the
// start is kept when the path is relative (allowAboveRoot) and dropped when it is absolute.
function collapseSegments(body, isSeparator, separator, allowAboveRoot) {
  const kept = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && !isSeparator(StringPrototypeCharCodeAt(body, i))) continue;
    const segment = StringPrototypeSlice(body, start, i);
    start = i + 1;
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (kept.length > 0 && kept[kept.length - 1] !== "..") ArrayPrototypePop(kept);
      else if (allowAboveRoot) ArrayPrototypePush(kept, "..");
      continue;
    }
    ArrayPrototypePush(kept, segment);
  }
  return ArrayPrototypeJoin(kept, separator);
}

// The index just past the last name character at or after `floor`, or -1 when only separators
// (or nothing) follow `floor`: where a path's last component ends once trailing separators go.
function lastNameEnd(path, floor, isSeparator) {
  for (let i = path.length - 1; i >= floor; i--) {
    if (!isSeparator(StringPrototypeCharCodeAt(path, i))) return i + 1;
  }
  return -1;
}

// The index where the component ending at `end` starts (just past the separator before it).
function nameStart(path, end, floor, isSeparator) {
  for (let i = end - 1; i >= floor; i--) {
    if (isSeparator(StringPrototypeCharCodeAt(path, i))) return i + 1;
  }
  return floor;
}

// basename's suffix removal: the component is [start, end). The suffix is compared with the
// component from their ends. A full match shorter than the component is cut off; a component
// that runs out first leaves everything from `start` on, trailing separators included (as
// node does); a mismatch leaves the component whole.
function withoutSuffix(path, start, end, suffix) {
  const nameLength = end - start;
  let matched = 0;
  while (matched < suffix.length && matched < nameLength &&
    StringPrototypeCharCodeAt(path, end - 1 - matched) === StringPrototypeCharCodeAt(suffix, suffix.length - 1 - matched)) {
    matched++;
  }
  if (matched === suffix.length) return StringPrototypeSlice(path, start, matched === nameLength ? end : end - matched);
  if (matched === nameLength) return StringPrototypeSlice(path, start);
  return StringPrototypeSlice(path, start, end);
}

// The component's extension, node's way: from its last dot, unless that dot starts the name
// (".profile") or the name is "..".
function extensionRange(path, start, end) {
  const dot = StringPrototypeLastIndexOf(path, ".", end - 1);
  if (dot <= start || end === -1) return -1;
  if (dot === start + 1 && end - start === 2 && StringPrototypeCharCodeAt(path, start) === 46) return -1;
  return dot;
}

function makeFlavour(flavour) {
  const { separator, delimiter, isSeparator, splitRoot, cwd } = flavour;

  function normalize(path) {
    validateString(path, "path");
    if (path === "") return ".";
    const root = splitRoot(path, true);
    if (root.uncOnly) return `${root.device}${separator}`;
    let body = collapseSegments(StringPrototypeSlice(path, root.end), isSeparator, separator, !root.absolute);
    if (body === "" && !root.absolute) body = ".";
    if (body !== "" && isSeparator(StringPrototypeCharCodeAt(path, path.length - 1))) body += separator;
    if (root.device === "" && !root.absolute) return flavour.guardRelative(path, body);
    return `${root.device}${root.absolute ? separator : ""}${body}`;
  }

  function join(...parts) {
    let joined = "";
    for (let i = 0; i < parts.length; i++) {
      validateString(parts[i], "path");
      if (parts[i] === "") continue;
      joined = joined === "" ? parts[i] : `${joined}${separator}${parts[i]}`;
    }
    if (joined === "") return ".";
    return flavour.normalizeJoined(joined, parts, normalize);
  }

  function resolve(...parts) {
    let device = "";
    let tail = "";
    let absolute = false;
    for (let i = parts.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = parts[i];
        validateString(path, `paths[${i}]`);
        if (path === "") continue;
      } else {
        path = flavour.startingPoint(device);
      }
      const root = splitRoot(path, true);
      if (root.device !== "") {
        if (device === "") device = root.device;
        else if (StringPrototypeToLowerCase(root.device) !== StringPrototypeToLowerCase(device)) continue;
      }
      if (!absolute) {
        tail = `${StringPrototypeSlice(path, root.end)}${separator}${tail}`;
        absolute = root.absolute;
      }
      if (absolute && (device !== "" || !flavour.devices)) break;
    }
    tail = collapseSegments(tail, isSeparator, separator, !absolute);
    if (absolute) return `${device}${separator}${tail}`;
    return `${device}${tail}` || ".";
  }

  function isAbsolute(path) {
    validateString(path, "path");
    return path !== "" && splitRoot(path).absolute;
  }

  function relative(from, to) {
    validateString(from, "from");
    validateString(to, "to");
    if (from === to) return "";
    const fromPath = resolve(from);
    const toPath = resolve(to);
    return flavour.relativeResolved(fromPath, toPath);
  }

  function dirname(path) {
    validateString(path, "path");
    if (path === "") return ".";
    const rootEnd = flavour.parseRoot(path);
    // The separator run before the last component; a name's first character never counts.
    const floor = rootEnd === 0 ? 1 : rootEnd;
    const end = lastNameEnd(path, floor, isSeparator);
    let cut = -1;
    for (let i = end - 1; end !== -1 && i >= floor; i--) {
      if (isSeparator(StringPrototypeCharCodeAt(path, i))) {
        cut = i;
        break;
      }
    }
    if (cut === -1) return rootEnd === 0 ? "." : StringPrototypeSlice(path, 0, rootEnd);
    if (cut === 1 && rootEnd === 1 && flavour.posixQuirks) return "//"; // POSIX: "//a" has "//" as its directory
    return StringPrototypeSlice(path, 0, cut);
  }

  function basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, "suffix");
    validateString(path, "path");
    const floor = flavour.driveEnd(path);
    const end = lastNameEnd(path, floor, isSeparator);
    const start = end === -1 ? floor : nameStart(path, end, floor, isSeparator);
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return "";
      return withoutSuffix(path, start, end === -1 ? start : end, suffix);
    }
    return end === -1 ? "" : StringPrototypeSlice(path, start, end);
  }

  function extname(path) {
    validateString(path, "path");
    const floor = flavour.driveEnd(path);
    const end = lastNameEnd(path, floor, isSeparator);
    if (end === -1) return "";
    const dot = extensionRange(path, nameStart(path, end, floor, isSeparator), end);
    return dot === -1 ? "" : StringPrototypeSlice(path, dot, end);
  }

  function parse(path) {
    validateString(path, "path");
    const parsed = { root: "", dir: "", base: "", ext: "", name: "" };
    if (path === "") return parsed;
    const root = flavour.parseRoot(path);
    parsed.root = StringPrototypeSlice(path, 0, root);
    if (root === path.length) {
      parsed.dir = parsed.root;
      return parsed;
    }
    const end = lastNameEnd(path, root, isSeparator);
    if (end === -1) {
      parsed.dir = parsed.root;
      return parsed;
    }
    const start = nameStart(path, end, root, isSeparator);
    parsed.base = StringPrototypeSlice(path, start, end);
    const dot = extensionRange(path, start, end);
    parsed.name = dot === -1 ? parsed.base : StringPrototypeSlice(path, start, dot);
    parsed.ext = dot === -1 ? "" : StringPrototypeSlice(path, dot, end);
    if (flavour.posixQuirks && start === root && root > 0 && parsed.base === "..") {
      // node's POSIX parse("/..") reads the name as "." with the extension "."
      parsed.name = ".";
      parsed.ext = ".";
    }
    if (start > root) parsed.dir = StringPrototypeSlice(path, 0, start - 1);
    else parsed.dir = parsed.root;
    return parsed;
  }

  function format(pathObject) {
    validateObject(pathObject, "pathObject");
    const dir = pathObject.dir || pathObject.root;
    let base = pathObject.base;
    if (!base) {
      const ext = pathObject.ext ? `${pathObject.ext[0] === "." ? "" : "."}${pathObject.ext}` : "";
      base = `${pathObject.name || ""}${ext}`;
    }
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}${separator}${base}`;
  }

  function toNamespacedPath(path) {
    return flavour.namespaced(path, resolve);
  }

  return {
    resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
    format, parse, matchesGlob: unimplemented("path.matchesGlob"), sep: separator, delimiter,
    _makeLong: toNamespacedPath,
  };
}

const isSlash = (code) => code === SLASH;
const isWindowsSeparator = (code) => code === SLASH || code === BACKSLASH;
const DRIVE = /^[A-Za-z]:/;
const UNC = /^[\\/]{2}([^\\/]+)[\\/]+([^\\/]+)/;

// Relative paths between resolved ones, segment by segment.
function relativeSegments(fromPath, toPath, fromRootEnd, toRootEnd, separator, same) {
  const fromParts = splitNames(fromPath, fromRootEnd, separator);
  const toParts = splitNames(toPath, toRootEnd, separator);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && same(fromParts[common], toParts[common])) common++;
  const climbs = [];
  for (let i = common; i < fromParts.length; i++) ArrayPrototypePush(climbs, "..");
  const rest = ArrayPrototypeSlice(toParts, common);
  return ArrayPrototypeJoin([...climbs, ...rest], separator);
}

function splitNames(path, from, separator) {
  const names = [];
  let start = from;
  for (let i = from; i <= path.length; i++) {
    if (i < path.length && path[i] !== separator) continue;
    if (i > start) ArrayPrototypePush(names, StringPrototypeSlice(path, start, i));
    start = i + 1;
  }
  return names;
}

const posix = makeFlavour({
  separator: "/",
  delimiter: ":",
  isSeparator: isSlash,
  devices: false,
  posixQuirks: true,
  splitRoot(path) {
    const absolute = StringPrototypeCharCodeAt(path, 0) === SLASH;
    return { device: "", absolute, end: absolute ? 1 : 0, uncOnly: false };
  },
  parseRoot: (path) => (StringPrototypeCharCodeAt(path, 0) === SLASH ? 1 : 0),
  driveEnd: () => 0,
  startingPoint: () => core.process.cwd(),
  normalizeJoined: (joined, parts, normalize) => normalize(joined),
  guardRelative: (path, body) => body,
  relativeResolved(fromPath, toPath) {
    if (fromPath === toPath) return "";
    return relativeSegments(fromPath, toPath, 1, 1, "/", (a, b) => a === b);
  },
  namespaced: (path) => path,
});

// A Windows path's root: a drive ("C:", absolute with a separator after it), a UNC share
// ("\\\\server\\share"), or a lone leading separator (absolute on the current drive). With
// `devicePaths` (normalize and resolve), "\\\\.\\" and "\\\\?\\" before a name are a device
// namespace's root, and what follows is a path under it ("\\\\?\\C:\\x").
function windowsRoot(path, devicePaths) {
  if (RegExpPrototypeExec(DRIVE, path) !== null) {
    const absolute = path.length > 2 && isWindowsSeparator(StringPrototypeCharCodeAt(path, 2));
    return { device: StringPrototypeSlice(path, 0, 2), absolute, end: absolute ? 3 : 2, uncOnly: false };
  }
  if (!isWindowsSeparator(StringPrototypeCharCodeAt(path, 0))) return { device: "", absolute: false, end: 0, uncOnly: false };
  const unc = RegExpPrototypeExec(UNC, path);
  if (unc === null) return { device: "", absolute: true, end: 1, uncOnly: false };
  if (devicePaths && (unc[1] === "." || unc[1] === "?")) return { device: `\\\\${unc[1]}`, absolute: true, end: 4, uncOnly: false };
  const end = unc[0].length;
  return { device: `\\\\${unc[1]}\\${unc[2]}`, absolute: true, end, uncOnly: end === path.length };
}

// Windows reads "CON:" (and the other device names) or a name ending in ":" as a device or a
// stream, and "x:..." as a drive: a normalized relative path that would read so gets ".\\"
// before it, the way node 20 guards against a relative path turning into a device or drive.
// A path that starts with a device name has the rest normalized after it ("CON:a").
const RESERVED_DEVICE = /^(?:CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3]):/i;
const NAME_ENDING_IN_COLON = /:(?:[\\/]|$)/;
function guardWindowsRelative(path, body) {
  if (path.length < 2) return body;
  const device = RegExpPrototypeExec(RESERVED_DEVICE, path);
  if (device !== null) {
    const rest = StringPrototypeSlice(path, device[0].length);
    let tail = collapseSegments(rest, isWindowsSeparator, "\\", true) || ".";
    if (rest !== "" && isWindowsSeparator(StringPrototypeCharCodeAt(rest, rest.length - 1))) tail += "\\";
    return `.\\${device[0]}${tail}`;
  }
  if (RegExpPrototypeExec(NAME_ENDING_IN_COLON, path) !== null || RegExpPrototypeExec(DRIVE, body) !== null) return `.\\${body}`;
  return body;
}

// Windows relative(): node compares the resolved paths as strings, case-insensitively, without
// their leading and trailing backslashes, and the result follows that comparison: the shared
// part ends at the last backslash both have, at a point where one path simply goes on past a
// backslash, or after a two-character drive ("C:") that one path extends. Paths that differ
// before any shared backslash relate only as the target itself. Where one path is a prefix of
// the other mid-name ("\\ab" and "\\a"), node's answer pastes the names together ("..b"),
// and so does this.
function windowsRelative(fromPath, toPath) {
  if (StringPrototypeToLowerCase(fromPath) === StringPrototypeToLowerCase(toPath)) return "";
  const from = trimBackslashes(StringPrototypeToLowerCase(fromPath));
  const to = trimBackslashes(toPath);
  const toLower = StringPrototypeToLowerCase(to);
  const shortest = from.length < to.length ? from.length : to.length;
  let shared = 0;
  let lastBackslash = -1;
  while (shared < shortest && StringPrototypeCharCodeAt(from, shared) === StringPrototypeCharCodeAt(toLower, shared)) {
    if (StringPrototypeCharCodeAt(from, shared) === BACKSLASH) lastBackslash = shared;
    shared++;
  }
  let cut = lastBackslash === -1 ? 0 : lastBackslash;
  if (shared < shortest) {
    if (lastBackslash === -1) return toPath;
  } else if (to.length > shared) {
    if (StringPrototypeCharCodeAt(to, shared) === BACKSLASH) return StringPrototypeSlice(to, shared + 1);
    if (shared === 2) return StringPrototypeSlice(to, 2);
  } else if (from.length > shared) {
    if (StringPrototypeCharCodeAt(from, shared) === BACKSLASH) cut = shared;
    else if (shared === 2) cut = 3;
  }
  let climbs = "";
  for (let i = cut + 1; i <= from.length; i++) {
    if (i === from.length || StringPrototypeCharCodeAt(from, i) === BACKSLASH) climbs += climbs === "" ? ".." : "\\..";
  }
  if (climbs !== "") return `${climbs}${StringPrototypeSlice(to, cut)}`;
  const rest = StringPrototypeSlice(to, cut);
  return StringPrototypeCharCodeAt(rest, 0) === BACKSLASH ? StringPrototypeSlice(rest, 1) : rest;
}

function trimBackslashes(text) {
  let start = 0;
  let end = text.length;
  while (start < end && StringPrototypeCharCodeAt(text, start) === BACKSLASH) start++;
  while (end > start && StringPrototypeCharCodeAt(text, end - 1) === BACKSLASH) end--;
  return StringPrototypeSlice(text, start, end);
}

const win32 = makeFlavour({
  separator: "\\",
  delimiter: ";",
  isSeparator: isWindowsSeparator,
  devices: true,
  splitRoot: windowsRoot,
  // parse()'s root: "C:", "C:\\", "\\", or a UNC share with the separator after it.
  parseRoot(path) {
    const root = windowsRoot(path);
    if (root.device === "" || root.device.length === 2) return root.end;
    return root.end < path.length ? root.end + 1 : root.end;
  },
  driveEnd: (path) => (path.length >= 2 && RegExpPrototypeExec(DRIVE, path) !== null ? 2 : 0),
  // The working directory, or the root of another drive: toyjs runs on POSIX systems, where
  // no drive has a working directory of its own.
  startingPoint(device) {
    const cwd = core.process.cwd();
    if (device === "") return cwd;
    const sameDrive = StringPrototypeToLowerCase(StringPrototypeSlice(cwd, 0, 2)) === StringPrototypeToLowerCase(device);
    if (!sameDrive && StringPrototypeCharCodeAt(cwd, 2) === BACKSLASH) return `${device}\\`;
    return cwd;
  },
  // A join that starts with two separators keeps them only when the first part itself begins
  // a UNC path (two separators and a name), so "//server" + "share" stays a UNC share.
  guardRelative: guardWindowsRelative,
  normalizeJoined(joined, parts, normalize) {
    let first = "";
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] !== "") {
        first = parts[i];
        break;
      }
    }
    let leading = 0;
    while (leading < joined.length && leading < first.length && isWindowsSeparator(StringPrototypeCharCodeAt(first, leading))) leading++;
    const uncStart = leading === 2 && first.length > 2;
    if (!uncStart && isWindowsSeparator(StringPrototypeCharCodeAt(joined, 0))) {
      let extra = 0;
      while (extra < joined.length && isWindowsSeparator(StringPrototypeCharCodeAt(joined, extra))) extra++;
      if (extra >= 2) joined = `\\${StringPrototypeSlice(joined, extra)}`;
    }
    return normalize(joined);
  },
  relativeResolved: windowsRelative,
  namespaced(path, resolve) {
    if (typeof path !== "string" || path === "") return path;
    const resolved = resolve(path);
    if (resolved.length <= 2) return path;
    if (StringPrototypeCharCodeAt(resolved, 0) === BACKSLASH && StringPrototypeCharCodeAt(resolved, 1) === BACKSLASH) {
      const third = StringPrototypeCharCodeAt(resolved, 2);
      if (third !== 63 && third !== 46) return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
      return resolved;
    }
    if (RegExpPrototypeExec(/^[A-Za-z]:\\/, resolved) !== null) return `\\\\?\\${resolved}`;
    return resolved;
  },
});

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
module.exports = posix;
