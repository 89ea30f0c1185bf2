import * as exporter from "./exporter.mjs";
console.log(exporter, { exporter });
