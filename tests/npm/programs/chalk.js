// chalk 4's README: styles chained, nested and templated. The colour level is set, so the
// escapes do not depend on the terminal; JSON.stringify shows them.
const chalk = require("chalk");

console.log("detected level (piped):", chalk.level);
const ansi16 = new chalk.Instance({ level: 1 });
const ansi256 = new chalk.Instance({ level: 2 });
const truecolor = new chalk.Instance({ level: 3 });
const show = (text) => console.log(JSON.stringify(text));
show(ansi16.blue("Hello world!"));
show(ansi16.blue("Hello") + " World" + ansi16.red("!"));
show(ansi16.blue.bgRed.bold("Hello world!"));
show(ansi16.blue("Hello", "World!", "Foo", "bar", "biz", "baz"));
show(ansi16.red("Hello", ansi16.underline.bgBlue("world") + "!"));
show(ansi16.green("I am a green line " + ansi16.blue.underline.bold("with a blue substring") + " that becomes green again!"));
show(ansi16`CPU: {red 90%} RAM: {green 40%} DISK: {yellow 70%}`);
show(ansi256.keyword("orange")("Yay for orange colored text!"));
show(truecolor.rgb(123, 45, 67).underline("Underlined reddish color"));
show(truecolor.hex("#DEADED").bold("Bold gray!"));
show(ansi256.hex("#DEADED")("downsampled"));
show(ansi16.hex("#FF8800")("to 16 colours"));
const error = ansi16.bold.red;
show(error("Error!"));
show(new chalk.Instance({ level: 0 }).red("no colours at level 0"));
show(ansi16.visible("visible") + chalk.visible("hidden at level 0"));
