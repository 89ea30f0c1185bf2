// csv-parse's README: records from CSV text, with the callback, the stream and the sync API.
const { parse } = require("csv-parse");
const { parse: parseSync } = require("csv-parse/sync");

const input = "#Welcome\n\"1\",\"2\",\"3\",\"4\"\n\"a\",\"b\",\"c\",\"d\"\n";
parse(input, { comment: "#" }, (err, records) => {
  console.log("callback", err, records);
  const parser = parse({ delimiter: ":", columns: true, cast: true });
  const rows = [];
  parser.on("readable", () => {
    let record;
    while ((record = parser.read()) !== null) rows.push(record);
  });
  parser.on("error", (error) => console.log("error", error.message));
  parser.on("end", () => {
    console.log("stream", rows, parser.info.records, parser.info.lines);
    console.log(parseSync("a;b\n1;\"x;y\"\n", { delimiter: ";", columns: true, skip_empty_lines: true }));
    try {
      parseSync("a,b\n1,2,3\n");
    } catch (error) {
      console.log("sync error", error.code, error.message);
    }
  });
  parser.write("name:age\n");
  parser.write("ann:30\nbob:4");
  parser.write("1\n");
  parser.end();
});
