// sass's README (the JS API): compiling SCSS text and a file to CSS (deprecation warnings go to stderr).
const sass = require("sass");
const path = require("path");

const result = sass.compileString(`@use "sass:math";
$primary: #336699;
@mixin box($pad) { padding: $pad; border: 1px solid darken($primary, 10%); }
.nav {
  ul { margin: 0; li { display: inline-block; } }
  a { color: $primary; &:hover { color: lighten($primary, 20%); } }
  .card { @include box(4px * 2); width: math.div(100%, 3); }
}
`);
console.log(result.css);
console.log(sass.compileString("a { b { c: d } }", { style: "compressed" }).css);
console.log(sass.compile(path.join(__dirname, "fixtures", "style.scss")).css);
try {
  sass.compileString("a { color: $nope; }");
} catch (error) {
  console.log(error.constructor.name, error.sassMessage);
}
sass.compileStringAsync("@each $n in 1, 2 { .m-#{$n} { margin: #{$n * 4}px; } }").then((r) => console.log(r.css));
