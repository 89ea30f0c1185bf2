// An incremental HTTP/1.x parser for one connection: requests (a server's) or responses (a
// client's). Bytes go in as they come (`execute`); the head is read once whole (a request's
// well-formed head by the native core, _core/http_head.cpp; any other as one latin1 string,
// split in place), then the body by Content-Length, by chunks, or (a response with neither)
// until the connection ends.
"use strict";
const parseRequestHead = core.ops.parseRequestHead;
const { ArrayPrototypePush, MathMax, MathMin, SafeSet, NumberParseInt, RegExpPrototypeTest, RegExpPrototypeExec, StringPrototypeIndexOf, StringPrototypeSlice,
  StringPrototypeSplit, StringPrototypeToLowerCase, RegExpPrototypeSymbolReplace } = core.primordials;
const { Buffer } = require("buffer");
const { METHODS } = require("internal/http/common");
const { ParseError, diagnoseHead } = require("internal/http/head_check");

const MAX_HEAD = 16384; // Node's default maxHeaderSize
// The quick patterns a well-formed head matches (head_check.js says what is wrong otherwise).
const REQUEST_LINE = /^([A-Z-]+) +([\x21-\x7e]+)(?: HTTP\/(\d)\.(\d))?$/;
const STATUS_LINE = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/;
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[\t\x20-\x7e\x80-\xff]*$/;
const KNOWN_METHODS = new SafeSet(METHODS);
const EMPTY = Buffer.alloc(0);

// An error found at `bytesParsed` in the bytes execute() was given.
function withPosition(error, bytesParsed) {
  error.bytesParsed = bytesParsed;
  return error;
}

// Where a header's value starts in the head's text (an error's position): after the line's
// name, its colon and the blanks before the value.
function valueStart(lineStart, colon, rest, value) {
  return lineStart + colon + 1 + (value === "" ? rest.length : StringPrototypeIndexOf(rest, value));
}

// A header value without the blanks (spaces and tabs) around it, as HTTP's OWS; other
// whitespace (a Latin-1 no-break space, say) is part of the value, as in node.
function trimBlanks(text) {
  return RegExpPrototypeSymbolReplace(/^[\t ]+|[\t ]+$/g, text, "");
}

function skipBlankLines(bytes, offset) {
  while (offset + 1 < bytes.length && bytes[offset] === 0x0d && bytes[offset + 1] === 0x0a) offset += 2;
  return offset;
}

// What counts toward the head's size limit, as node counts it: the target and the headers'
// names and values (not the method, the version, separators or line ends).
function countedSize(text) {
  const lines = StringPrototypeSplit(text, "\r\n");
  const target = StringPrototypeSplit(lines[0], " ")[1] ?? "";
  let size = target.length;
  for (let i = 1; i < lines.length; i++) {
    const colon = StringPrototypeIndexOf(lines[i], ":");
    size += colon < 0 ? lines[i].length : colon + trimBlanks(StringPrototypeSlice(lines[i], colon + 1)).length;
  }
  return size;
}

// `handlers`: onHead(head) -> true to expect no body (a response to HEAD, say); onBody(bytes);
// onComplete(); onUpgrade(rest). A head is { method, url, versionMajor, versionMinor,
// statusCode, statusMessage, rawHeaders, shouldKeepAlive, upgrade }. `upgrade` says the
// connection changes protocol after this head (a request with `Connection: upgrade` and an
// Upgrade header, a 101 response); onHead may clear it to take the message as an ordinary one.
// Upgraded, the parser stops: onUpgrade gets the bytes after the head, the new protocol's.
class HTTPParser {
  constructor(kind, handlers, maxHeaderSize = MAX_HEAD) {
    this.requests = kind === "request";
    this.maxHeaderSize = maxHeaderSize;
    this.handlers = handlers;
    this.pending = EMPTY; // bytes of a head not complete yet
    this.state = "head";
    this.remaining = 0; // bytes of the body (or of the current chunk) still to come
    this.chunked = false;
  }

  // Feeds bytes in; throws ParseError for a malformed message.
  execute(bytes) {
    let offset = 0;
    while (offset < bytes.length) {
      switch (this.state) {
        case "head": {
          if (this.requests && this.pending.length === 0) offset = skipBlankLines(bytes, offset); // CRLFs before a request
          if (offset === bytes.length) return;
          const pendingLength = this.pending.length;
          const data = pendingLength === 0 ? bytes : Buffer.concat([this.pending, bytes.subarray(offset)]);
          const from = pendingLength === 0 ? offset : 0; // where the head begins in `data`...
          const headStart = offset - pendingLength; // ...and in `bytes` (before them: begun in an earlier chunk)
          // A request's head, whole and well-formed, is read by the native core; the rest here.
          const fields = this.requests ? parseRequestHead(data, from, data.length, this.maxHeaderSize) : null;
          try {
            if (fields !== null && KNOWN_METHODS.has(fields[0])) {
              this.pending = EMPTY;
              offset = headStart + fields[8];
              this.requestHead(fields);
            } else {
              const end = data.indexOf("\r\n\r\n", from);
              if (end < 0) {
                this.checkPartialHead(data.subarray(from));
                this.pending = Buffer.from(data.subarray(from)); // a copy: the caller's buffer may be reused
                return;
              }
              this.pending = EMPTY;
              offset = headStart + end - from + 4;
              this.head(data.toString("latin1", from, end));
            }
          } catch (error) {
            if (error instanceof ParseError && error.bytesParsed === undefined) error.bytesParsed = MathMax(0, headStart + error.position);
            throw error;
          }
          if (this.state === "upgraded") {
            this.handlers.onUpgrade(bytes.subarray(offset));
            return;
          }
          if (this.state === "bad-encoding") {
            throw withPosition(new ParseError("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`"), offset);
          }
          break;
        }
        case "body": {
          const take = MathMin(this.remaining, bytes.length - offset);
          this.handlers.onBody(bytes.subarray(offset, offset + take));
          offset += take;
          this.remaining -= take;
          if (this.remaining === 0) {
            if (this.chunked) this.state = "chunk-end";
            else this.complete();
          }
          break;
        }
        case "until-close":
          this.handlers.onBody(bytes.subarray(offset));
          return;
        case "chunk-size":
        case "chunk-end":
        case "trailers": {
          const data = this.pending.length === 0 ? bytes.subarray(offset) : Buffer.concat([this.pending, bytes.subarray(offset)]);
          const end = data.indexOf("\r\n");
          if (end < 0) {
            if (data.length > this.maxHeaderSize) throw withPosition(new ParseError("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size"), offset);
            this.pending = Buffer.from(data);
            return;
          }
          const lineStart = offset - this.pending.length;
          offset += end + 2 - this.pending.length;
          this.pending = EMPTY;
          try {
            this.chunkLine(data.toString("latin1", 0, end));
          } catch (error) {
            throw withPosition(error, MathMax(0, lineStart + error.position));
          }
          break;
        }
        default: // "done": bytes after a message that should have been the last
          throw withPosition(new ParseError("HPE_CLOSED_CONNECTION", "Data after `Connection: close`"), offset);
      }
    }
  }

  // The connection ended: a response read until the end is complete (anything else in
  // progress was cut short, which the caller reports).
  finish() {
    if (this.state === "until-close") this.complete();
  }

  // A head not whole yet: a bare LF in it, or more than the limit, is an error already.
  checkPartialHead(data) {
    if (this.requests || data.indexOf("\n") >= 0) diagnoseHead(data.toString("latin1"), this.requests, true);
    if (data.length > this.maxHeaderSize && countedSize(data.toString("latin1")) >= this.maxHeaderSize) {
      throw new ParseError("HPE_HEADER_OVERFLOW", "Header overflow", data.length);
    }
  }

  head(text) {
    if (text.length >= this.maxHeaderSize && countedSize(text) >= this.maxHeaderSize) {
      throw new ParseError("HPE_HEADER_OVERFLOW", "Header overflow", text.length + 1);
    }
    const lines = StringPrototypeSplit(text, "\r\n");
    const head = { rawHeaders: [], method: null, url: null, statusCode: 0, statusMessage: "" };
    const first = RegExpPrototypeExec(this.requests ? REQUEST_LINE : STATUS_LINE, lines[0]);
    if (first === null || (this.requests && !KNOWN_METHODS.has(first[1]))) diagnoseHead(text, this.requests, false);
    if (this.requests) {
      head.method = first[1];
      head.url = first[2];
      head.versionMajor = first[3] === undefined ? 0 : +first[3]; // no version: HTTP/0.9
      head.versionMinor = first[4] === undefined ? 9 : +first[4];
    } else {
      head.versionMajor = +first[1];
      head.versionMinor = +first[2];
      head.statusCode = +first[3];
      head.statusMessage = first[4] ?? "";
    }
    let length = -1;
    let encoding = null;
    let encodingStart = 0;
    let connection = "";
    let upgradeHeader = false;
    let lineStart = lines[0].length + 2;
    for (let i = 1; i < lines.length; lineStart += lines[i].length + 2, i++) {
      const line = lines[i];
      if (!RegExpPrototypeTest(HEADER_LINE, line)) diagnoseHead(text, this.requests, false);
      const colon = StringPrototypeIndexOf(line, ":");
      const name = StringPrototypeSlice(line, 0, colon);
      const rest = StringPrototypeSlice(line, colon + 1);
      const value = trimBlanks(rest);
      ArrayPrototypePush(head.rawHeaders, name, value);
      const lower = StringPrototypeToLowerCase(name);
      if (lower === "content-length") {
        if (!RegExpPrototypeTest(/^\d+$/, value)) {
          const bad = RegExpPrototypeExec(/\D/, value).index;
          throw new ParseError("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", valueStart(lineStart, colon, rest, value) + bad);
        }
        if (length !== -1) throw new ParseError("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", valueStart(lineStart, colon, rest, value));
        length = +value;
      } else if (lower === "transfer-encoding") {
        encoding = value;
        encodingStart = valueStart(lineStart, colon, rest, value);
      } else if (lower === "connection") {
        connection = StringPrototypeToLowerCase(value);
      } else if (lower === "upgrade") {
        upgradeHeader = true;
      }
    }
    this.begin(head, length, encoding, encodingStart, connection, upgradeHeader);
  }

  // A request head the native core read (parseRequestHead's fields).
  requestHead(fields) {
    const head = { rawHeaders: fields[4], method: fields[0], url: fields[1], statusCode: 0, statusMessage: "" };
    head.versionMajor = fields[2];
    head.versionMinor = fields[3];
    this.begin(head, fields[5], null, 0, fields[6], fields[7]);
  }

  // A head read: the message's framing from its headers (Content-Length `length`, -1 for
  // none; Transfer-Encoding `encoding`, found at `encodingStart`, or null; Connection's value
  // in lower case; whether an Upgrade header came), then onHead and the state that follows.
  begin(head, length, encoding, encodingStart, connection, upgradeHeader) {
    const chunked = encoding !== null && RegExpPrototypeTest(/(?:^|,)\s*chunked\s*$/i, encoding);
    if (encoding !== null && length !== -1) {
      throw new ParseError("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", encodingStart - 1);
    }
    if (this.requests && encoding !== null && !chunked && RegExpPrototypeTest(/(?:^|,)\s*chunked\s*(?:,|$)/i, encoding)) {
      const chunkedThen = RegExpPrototypeExec(/chunked\s*,/i, encoding); // node's parser stops after its comma
      throw new ParseError("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", encodingStart + chunkedThen.index + chunkedThen[0].length);
    }
    const http11 = head.versionMajor === 1 && head.versionMinor >= 1;
    head.shouldKeepAlive = http11 ? !RegExpPrototypeTest(/(?:^|,)\s*close\s*(?:,|$)/, connection) : RegExpPrototypeTest(/(?:^|,)\s*keep-alive\s*(?:,|$)/, connection);
    head.upgrade = this.requests
      ? upgradeHeader && RegExpPrototypeTest(/(?:^|,)\s*upgrade\s*(?:,|$)/, connection)
      : head.statusCode === 101;
    const noBody = this.handlers.onHead(head) === true;
    if (head.upgrade) {
      this.state = "upgraded";
      return;
    }
    const status = head.statusCode;
    if (noBody || (!this.requests && (status === 204 || status === 304 || (status >= 100 && status < 200)))) {
      this.complete();
    } else if (chunked) {
      this.chunked = true;
      this.state = "chunk-size";
    } else if (this.requests && encoding !== null) {
      this.state = "bad-encoding"; // a request's body framed by something else than chunks cannot be read
    } else if (length > 0) {
      this.remaining = length;
      this.state = "body";
    } else if (length === 0 || this.requests) {
      this.complete();
    } else {
      head.shouldKeepAlive = false;
      this.state = "until-close";
    }
  }

  chunkLine(line) {
    if (this.state === "chunk-end") {
      if (line !== "") throw new ParseError("HPE_STRICT", "Expected LF after chunk data", 0);
      this.state = "chunk-size";
    } else if (this.state === "chunk-size") {
      const size = NumberParseInt(StringPrototypeSplit(line, ";")[0], 16);
      if (!RegExpPrototypeTest(/^[0-9a-fA-F]+(?:;.*)?$/, line) || size !== size) {
        throw new ParseError("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", MathMax(0, RegExpPrototypeExec(/[^0-9a-fA-F]|$/, line).index));
      }
      if (size === 0) this.state = "trailers";
      else {
        this.remaining = size;
        this.state = "body";
      }
    } else if (line === "") {
      this.complete(); // the empty line after the (ignored) trailers
    }
  }

  complete() {
    this.state = "head";
    this.chunked = false;
    this.remaining = 0;
    this.handlers.onComplete();
  }
}

module.exports = { HTTPParser };
