console.log("b");
import("./c.mjs").then((ns) => console.log("b got c", ns.inC));
import("./graph.mjs").then((ns) => console.log("b got graph", ns.inA));
