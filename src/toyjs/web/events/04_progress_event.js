// ProgressEvent (XMLHttpRequest Standard): the events FileReader fires.
(function (core, ops) {
  "use strict";
  const { Boolean, Number } = core.primordials;

  let isProgressEvent;
  class ProgressEvent extends core.Event {
    #lengthComputable; #loaded; #total;
    static { isProgressEvent = (value) => #loaded in value; }
    constructor(type, options = {}) {
      super(type, options);
      this.#lengthComputable = Boolean(options?.lengthComputable);
      this.#loaded = Number(options?.loaded ?? 0);
      this.#total = Number(options?.total ?? 0);
    }
    get lengthComputable() { return this.#lengthComputable; }
    get loaded() { return this.#loaded; }
    get total() { return this.#total; }
  }
  core.webidl.defineInterface(ProgressEvent, { brand: isProgressEvent });

  core.ProgressEvent = ProgressEvent;
  core.defineGlobal("ProgressEvent", ProgressEvent);
})
