// node:constants (deprecated): os.constants' tables, fs.constants and crypto.constants merged
// into one frozen object (an ordinary one: packages call its hasOwnProperty).
"use strict";
const { ObjectAssign, ObjectFreeze } = core.primordials;
const constants = require("internal/constants");

// crypto's `defaultCipherList` joins only once crypto has loaded, in Node: left out.
const { defaultCipherList, ...cryptoConstants } = require("internal/crypto/constants");

module.exports = ObjectFreeze(ObjectAssign(
  {},
  constants.dlopen(),
  constants.errno(),
  constants.priority(),
  constants.signals(),
  constants.fs(),
  cryptoConstants,
));
