// node:constants (deprecated): os.constants' tables, fs.constants and crypto.constants merged
// into one frozen object (an ordinary one: packages call its hasOwnProperty).
"use strict";
const { ObjectAssign, ObjectFreeze } = core.primordials;
const constants = require("internal/constants");

module.exports = ObjectFreeze(ObjectAssign(
  {},
  constants.dlopen(),
  constants.errno(),
  constants.priority(),
  constants.signals(),
  constants.fs(),
  require("internal/crypto/constants"),
));
