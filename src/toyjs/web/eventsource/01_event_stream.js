// The event stream format (HTML, server-sent events): text, already decoded, cut into lines
// (ended by CRLF, LF or CR, even when a CRLF is split between two chunks) and fields.
(function (core, ops) {
  "use strict";
  const {
    NumberParseInt, RegExpPrototypeExec, RegExpPrototypeTest, StringPrototypeCharCodeAt, StringPrototypeIndexOf,
    StringPrototypeSlice,
  } = core.primordials;
  const LF = 10, CR = 13, SPACE = 32;

  class EventStreamParser {
    #line = ""; // the unended line so far
    #skipLF = false; // the last chunk ended in CR: a LF first in the next one ends no line
    #data = ""; #type = ""; #id;
    #sink;

    // `sink`: dispatch(type, data, lastEventId), lastEventId(id), retry(milliseconds);
    // `lastEventId`: the source's, which events without an id field go on carrying.
    constructor(sink, lastEventId) {
      this.#sink = sink;
      this.#id = lastEventId;
    }

    push(text) {
      let start = 0;
      if (this.#skipLF && StringPrototypeCharCodeAt(text, 0) === LF) start = 1;
      this.#skipLF = false;
      const ends = /[\r\n]/g;
      ends.lastIndex = start;
      let match;
      while ((match = RegExpPrototypeExec(ends, text)) !== null) {
        const end = match.index;
        const line = this.#line + StringPrototypeSlice(text, start, end);
        this.#line = "";
        start = end + 1;
        if (StringPrototypeCharCodeAt(text, end) === CR) {
          if (start === text.length) this.#skipLF = true;
          else if (StringPrototypeCharCodeAt(text, start) === LF) start++;
          ends.lastIndex = start;
        }
        this.#processLine(line);
      }
      this.#line += StringPrototypeSlice(text, start);
    }

    #processLine(line) {
      if (line === "") {
        this.#dispatch();
        return;
      }
      const colon = StringPrototypeIndexOf(line, ":");
      if (colon === 0) return; // a comment
      if (colon === -1) {
        this.#field(line, "");
        return;
      }
      const valueStart = StringPrototypeCharCodeAt(line, colon + 1) === SPACE ? colon + 2 : colon + 1;
      this.#field(StringPrototypeSlice(line, 0, colon), StringPrototypeSlice(line, valueStart));
    }

    #field(name, value) {
      switch (name) {
        case "event":
          this.#type = value;
          break;
        case "data":
          this.#data += `${value}\n`;
          break;
        case "id":
          if (StringPrototypeIndexOf(value, "\0") === -1) this.#id = value;
          break;
        case "retry":
          if (RegExpPrototypeTest(/^[0-9]+$/, value)) this.#sink.retry(NumberParseInt(value, 10));
          break;
        default: // (other fields are ignored)
      }
    }

    #dispatch() {
      const type = this.#type;
      const data = this.#data;
      this.#type = "";
      this.#data = "";
      // (the id is the source's from now on, even for an event that is not dispatched)
      this.#sink.lastEventId(this.#id);
      if (data === "") return;
      this.#sink.dispatch(type === "" ? "message" : type, StringPrototypeSlice(data, 0, -1), this.#id);
    }
  }

  core.EventStreamParser = EventStreamParser;
})
