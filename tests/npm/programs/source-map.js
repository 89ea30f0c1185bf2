// source-map 0.6's README: a source map generated, then consumed.
const sourceMap = require("source-map");

const generator = new sourceMap.SourceMapGenerator({ file: "source-mapped.js" });
generator.addMapping({ source: "foo.js", original: { line: 33, column: 2 }, generated: { line: 10, column: 35 }, name: "christopher" });
generator.addMapping({ source: "foo.js", original: { line: 34, column: 0 }, generated: { line: 11, column: 0 } });
generator.setSourceContent("foo.js", "var x = 1;");
const text = generator.toString();
console.log(text);
const consumer = new sourceMap.SourceMapConsumer(text);
console.log(consumer.sources, consumer.originalPositionFor({ line: 10, column: 35 }), consumer.generatedPositionFor({ source: "foo.js", line: 33, column: 2 }));
consumer.eachMapping((m) => console.log(m.source, m.generatedLine, m.generatedColumn, m.originalLine, m.originalColumn, m.name));
const node = new sourceMap.SourceNode(1, 2, "a.js", ["var a = ", new sourceMap.SourceNode(3, 4, "b.js", "1"), ";\n"]);
const result = node.toStringWithSourceMap({ file: "out.js" });
console.log(JSON.stringify(result.code), result.map.toString());
