// diff's README: text diffs by characters, words and lines, and unified patches.
const Diff = require("diff");

console.log(Diff.diffChars("beep boop", "beep boob blah").map((p) => (p.added ? "+" : p.removed ? "-" : "=") + p.value));
console.log(JSON.stringify(Diff.diffWords("the quick brown fox", "the slow brown dog")));
console.log(JSON.stringify(Diff.diffLines("a\nb\nc\n", "a\nc\nd\n")));
const patch = Diff.createTwoFilesPatch("old.txt", "new.txt", "one\ntwo\nthree\n", "one\n2\nthree\nfour\n", "header1", "header2");
console.log(patch);
console.log(JSON.stringify(Diff.applyPatch("one\ntwo\nthree\n", patch)), Diff.parsePatch(patch)[0].hunks.length);
console.log(Diff.diffArrays([1, 2, 3], [1, 3, 4]).map((p) => JSON.stringify(p)).join(" "), JSON.stringify(Diff.diffJson({ a: 1, b: [2] }, { a: 1, b: [3] })));
console.log(Diff.structuredPatch("a", "b", "x\n", "y\n").hunks, Diff.convertChangesToXML(Diff.diffWords("a b", "a c")));
