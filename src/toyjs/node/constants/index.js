// node:constants (deprecated): os.constants' tables and fs.constants merged into one frozen
// object. Node adds crypto's constants too; toyjs has no crypto module, so those are absent.
"use strict";
const { ObjectAssign, ObjectFreeze } = core.primordials;
const constants = require("internal/constants");

// (Node's object inherits from an empty null-prototype one.)
module.exports = ObjectFreeze(ObjectAssign(
  { __proto__: { __proto__: null } },
  constants.dlopen(),
  constants.errno(),
  constants.priority(),
  constants.signals(),
  constants.fs(),
));
