const broken = require("./broken_commonjs.js");
console.log(broken);
