exports.name = "lib";
exports.cycleSawName = require("./cycle").sawName;
