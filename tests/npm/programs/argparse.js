// argparse's README: Python's argparse, ported; arguments parsed from a given list.
const { ArgumentParser } = require("argparse");

const parser = new ArgumentParser({ prog: "example", description: "Argparse example" });
parser.add_argument("-v", "--version", { action: "version", version: "1.0.0" });
parser.add_argument("-f", "--foo", { help: "foo bar" });
parser.add_argument("-b", "--bar", { help: "bar foo", type: "int", default: 3 });
parser.add_argument("--baz", { action: "store_true", help: "baz bar" });
parser.add_argument("files", { nargs: "*", help: "input files" });
console.log(parser.parse_args(["-f", "x", "--bar", "7", "--baz", "a.txt", "b.txt"]));
console.log(parser.parse_args([]));
console.log(parser.format_help());
console.log(parser.parse_known_args(["--foo", "1", "--unknown"]));
const sub = new ArgumentParser({ prog: "git" });
const subparsers = sub.add_subparsers({ dest: "command" });
subparsers.add_parser("commit").add_argument("-m", { required: true });
console.log(sub.parse_args(["commit", "-m", "msg"]));
parser.parse_args(["--bar", "notanumber"]);
