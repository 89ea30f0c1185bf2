import("./bad.mjs").catch((e) => console.log("caught", e.constructor.name));
import("./missing.mjs").catch((e) => console.log("missing", e.code ?? e.constructor.name));
