// ini's README: INI text decoded into objects and encoded back.
const ini = require("ini");

const text = `; this comment is being ignored
scope = global

[database]
user = dbuser
password = dbpassword
database = use_this_database
port = 5432
enabled = true

[paths.default]
datadir = /var/lib/data
array[] = first value
array[] = second value
array[] = third value
`;
const config = ini.parse(text);
console.log(config);
config.scope = "local";
config.database.database = "use_another_database";
config.paths.default.tmpdir = "/tmp";
delete config.paths.default.datadir;
config.paths.default.array.push("fourth value");
console.log(ini.stringify(config, { section: "section" }));
console.log(ini.encode({ a: 1, nested: { b: "x=y" } }, { whitespace: false }), ini.safe("\"quoted\""), ini.unsafe('"x\\;y"'));
