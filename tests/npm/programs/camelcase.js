// camelcase 6's README.
const camelCase = require("camelcase");

console.log(camelCase("foo-bar"), camelCase("foo_bar"), camelCase("Foo-Bar"), camelCase("розовый_пушистый_единорог"));
console.log(camelCase("Foo-Bar", { pascalCase: true }), camelCase("--foo.bar", { pascalCase: false }), camelCase("Foo BAR", { preserveConsecutiveUppercase: true }));
console.log(camelCase("foo bar"), camelCase(["foo", "bar"]), camelCase(["__foo__", "--bar"], { pascalCase: true }), camelCase("lorem-ipsum", { locale: "en-US" }), camelCase("XMLHttpRequest"));
