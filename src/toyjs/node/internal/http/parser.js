// An incremental HTTP/1.x parser for one connection: requests (a server's) or responses (a
// client's). Bytes go in as they come (`execute`); the head is read once whole (as one latin1
// string, split in place: no object per header beyond the header's own strings), then the
// body by Content-Length, by chunks, or (a response with neither) until the connection ends.
"use strict";
const { ArrayPrototypePush, MathMin, NumberParseInt, RegExpPrototypeTest, RegExpPrototypeExec, StringPrototypeIndexOf, StringPrototypeSlice,
  StringPrototypeSplit, StringPrototypeToLowerCase, StringPrototypeTrim } = core.primordials;
const { Buffer } = require("buffer");

const MAX_HEAD = 16384; // Node's default maxHeaderSize
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) HTTP\/(\d)\.(\d)$/;
const STATUS_LINE = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/;
const EMPTY = Buffer.alloc(0);

class ParseError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// `handlers`: onHead(head) -> true to expect no body (a response to HEAD, say); onBody(bytes);
// onComplete(); onUpgrade(rest). A head is { method, url, versionMajor, versionMinor,
// statusCode, statusMessage, rawHeaders, shouldKeepAlive, upgrade }. `upgrade` says the
// connection changes protocol after this head (a request with `Connection: upgrade` and an
// Upgrade header, a 101 response); onHead may clear it to take the message as an ordinary one.
// Upgraded, the parser stops: onUpgrade gets the bytes after the head, the new protocol's.
class HTTPParser {
  constructor(kind, handlers) {
    this.requests = kind === "request";
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
          const data = this.pending.length === 0 ? bytes.subarray(offset) : Buffer.concat([this.pending, bytes.subarray(offset)]);
          const end = data.indexOf("\r\n\r\n");
          if (end < 0) {
            if (data.length > MAX_HEAD) throw new ParseError("HPE_HEADER_OVERFLOW", "Header overflow");
            this.pending = Buffer.from(data); // a copy: the caller's buffer may be reused
            return;
          }
          if (end > MAX_HEAD) throw new ParseError("HPE_HEADER_OVERFLOW", "Header overflow");
          const consumed = end + 4 - this.pending.length;
          this.pending = EMPTY;
          offset += consumed;
          this.head(data.toString("latin1", 0, end));
          if (this.state === "upgraded") {
            this.handlers.onUpgrade(bytes.subarray(offset));
            return;
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
            if (data.length > MAX_HEAD) throw new ParseError("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
            this.pending = Buffer.from(data);
            return;
          }
          offset += end + 2 - this.pending.length;
          this.pending = EMPTY;
          this.chunkLine(data.toString("latin1", 0, end));
          break;
        }
        default: // "done": bytes after a message that should have been the last
          throw new ParseError("HPE_CLOSED_CONNECTION", "Data after `Connection: close`");
      }
    }
  }

  // The connection ended: a response read until the end is complete (anything else in
  // progress was cut short, which the caller reports).
  finish() {
    if (this.state === "until-close") this.complete();
  }

  head(text) {
    const lines = StringPrototypeSplit(text, "\r\n");
    const head = { rawHeaders: [], method: null, url: null, statusCode: 0, statusMessage: "" };
    const first = RegExpPrototypeExec(this.requests ? REQUEST_LINE : STATUS_LINE, lines[0]);
    if (first === null) {
      throw this.requests
        ? new ParseError("HPE_INVALID_METHOD", "Invalid method encountered")
        : new ParseError("HPE_INVALID_CONSTANT", "Expected HTTP/");
    }
    if (this.requests) {
      head.method = first[1];
      head.url = first[2];
      head.versionMajor = +first[3];
      head.versionMinor = +first[4];
    } else {
      head.versionMajor = +first[1];
      head.versionMinor = +first[2];
      head.statusCode = +first[3];
      head.statusMessage = first[4] ?? "";
    }
    let length = -1;
    let chunked = false;
    let connection = "";
    let upgradeHeader = false;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const colon = StringPrototypeIndexOf(line, ":");
      if (colon <= 0) throw new ParseError("HPE_INVALID_HEADER_TOKEN", "Invalid header value char");
      const name = StringPrototypeSlice(line, 0, colon);
      const value = StringPrototypeTrim(StringPrototypeSlice(line, colon + 1));
      ArrayPrototypePush(head.rawHeaders, name, value);
      const lower = StringPrototypeToLowerCase(name);
      if (lower === "content-length") {
        if (!RegExpPrototypeTest(/^\d+$/, value) || (length !== -1 && length !== +value)) {
          throw new ParseError("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length");
        }
        length = +value;
      } else if (lower === "transfer-encoding") {
        chunked = RegExpPrototypeTest(/(?:^|,)\s*chunked\s*$/i, value);
      } else if (lower === "connection") {
        connection = StringPrototypeToLowerCase(value);
      } else if (lower === "upgrade") {
        upgradeHeader = true;
      }
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
      if (line !== "") throw new ParseError("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
      this.state = "chunk-size";
    } else if (this.state === "chunk-size") {
      const size = NumberParseInt(StringPrototypeSplit(line, ";")[0], 16);
      if (!RegExpPrototypeTest(/^[0-9a-fA-F]+(?:;.*)?$/, line) || size !== size) {
        throw new ParseError("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
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

module.exports = { HTTPParser, ParseError };
