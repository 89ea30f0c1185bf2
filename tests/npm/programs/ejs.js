// ejs's README: templates with escaped and raw output, scriptlets, includes (from files) and
// renderFile.
const ejs = require("ejs");
const path = require("path");

const people = ["geddy", "neil", "alex"];
console.log(ejs.render('<%= people.join(", "); %>', { people }));
console.log(ejs.render("<ul>\n<% for (const p of people) { -%>\n  <li><%= p %></li>\n<% } -%>\n</ul>", { people }));
console.log(ejs.render("<%= html %> <%- html %> <%# a comment %><%% literal %%>", { html: "<b>&'\"</b>" }));
const fn = ejs.compile("Hi <%= user.name %>!", { strict: false });
console.log(fn({ user: { name: "ann" } }), ejs.render("[?= x ?]", { x: 1 }, { delimiter: "?", openDelimiter: "[", closeDelimiter: "]" }));
const views = path.join(__dirname, "fixtures");
ejs.renderFile(path.join(views, "page.ejs"), { title: "Home", items: [1, 2] }, (error, html) => {
  console.log(error, html);
  try {
    ejs.render("<%= missing %>");
  } catch (e) {
    console.log(e.name, e.message.split("\n").slice(-1)[0]);
  }
});
