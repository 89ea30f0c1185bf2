// xml2js' README: XML parsed to objects and built back.
const xml2js = require("xml2js");

const xml = '<root version="1"><title>Hello xml2js!</title><item id="a">one</item><item id="b">two</item><empty/></root>';
xml2js.parseString(xml, (error, result) => {
  console.log(error, JSON.stringify(result));
  const parser = new xml2js.Parser({ explicitArray: false, mergeAttrs: true });
  parser.parseStringPromise(xml).then((simple) => {
    console.log(JSON.stringify(simple));
    const builder = new xml2js.Builder({ headless: true, renderOpts: { pretty: true, indent: "  ", newline: "\n" } });
    console.log(builder.buildObject({ root: { $: { id: "1" }, name: "Super", list: { entry: ["a", "b"] } } }));
    return new xml2js.Parser().parseStringPromise("<broken><a></broken>");
  }).catch((err) => console.log("error:", err.message.split("\n")[0]));
});
