// handlebars' README: templates compiled and rendered with helpers, partials, blocks and escaping.
const Handlebars = require("handlebars");

const template = Handlebars.compile("<p>Hello, my name is {{name}}. I am from {{hometown}}. I have {{kids.length}} kids:</p><ul>{{#kids}}<li>{{name}} is {{age}}</li>{{/kids}}</ul>");
console.log(template({ name: "Alan", hometown: "Somewhere, TX", kids: [{ name: "Jimmy", age: "12" }, { name: "Sally", age: "4" }] }));
Handlebars.registerHelper("loud", (text) => text.toUpperCase());
Handlebars.registerHelper("list", function (items, options) {
  return `<ul>${items.map((item) => `<li>${options.fn(item)}</li>`).join("")}</ul>`;
});
Handlebars.registerPartial("person", "{{first}} {{last}}");
const t2 = Handlebars.compile("{{loud title}} {{{raw}}} {{raw}} {{#list people}}{{> person}}{{/list}} {{#if ok}}yes{{else}}no{{/if}} {{#each tags}}[{{@index}}:{{this}}]{{/each}} {{#with a}}{{b}}{{/with}} {{lookup map key}}");
console.log(t2({ title: "hi", raw: "<b>&</b>", people: [{ first: "A", last: "B" }, { first: "C", last: "D" }], ok: false, tags: ["x", "y"], a: { b: 2 }, map: { k: "v" }, key: "k" }));
console.log(Handlebars.escapeExpression("<a href='x'>&\"`=</a>"), new Handlebars.SafeString("<i>").toString());
const pre = Handlebars.precompile("{{a}}");
console.log(typeof pre, pre.includes("compiler"));
try {
  Handlebars.compile("{{#if}}")();
} catch (error) {
  console.log(error.message.split("\n")[0]);
}
