import fs = require("node:fs");
