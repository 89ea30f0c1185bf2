// How many colours a terminal shows, from the environment, and whether the console colours
// what it inspects: node's rules, found by observing node 20 (tty's getColorDepth and the
// console's colorMode 'auto').
//
// The variables these rules read come from the runtime's environment without the env
// permission (ops.colorEnvironment): they decide how toyjs itself prints, as Deno reads
// NO_COLOR; a program still needs the permission to read them through process.env.
(function (core, ops) {
  "use strict";
  const { Proxy, SafeMap, SafeSet, RegExpPrototypeTest, StringPrototypeStartsWith, StringPrototypeToLowerCase, StringPrototypeIncludes, NumberParseInt } = core.primordials;

  // FORCE_COLOR decides alone when it is set: these values, or else 2 colours.
  const FORCED = { __proto__: null, "": 4, 1: 4, true: 4, 2: 8, 3: 24 };
  // Continuous-integration services whose logs show 256 colours (when CI is set).
  const CI_SERVICES = ["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE", "DRONE"];
  // TERM values: those that show 16 million colours, those that begin as a 16-colour
  // terminal's name does, and the names that are 16-colour terminals only as they are.
  const TRUE_COLOR_TERMS = ["mosh", "terminator", "rxvt-unicode-24bit"];
  const BASIC_TERM_PREFIXES = ["xterm", "screen", "vt100", "linux", "ansi", "rxvt"];
  const BASIC_TERMS = ["cygwin", "cons25", "console", "dtterm", "eterm", "gnome", "hurd", "jfbterm", "konsole", "kterm", "mlterm", "putty", "st"];

  // 1, 4, 8 or 24 bits per colour (2, 16, 256 or 16 million colours) for environment `env`.
  function colorDepth(env) {
    const set = (name) => env[name] !== undefined && env[name] !== "";
    if (env.FORCE_COLOR !== undefined) {
      const forced = FORCED[env.FORCE_COLOR] ?? 1;
      if (forced > 1) warnIgnored(env);
      return forced;
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === "dumb") return 1;
    if (set("TMUX")) return 8;
    if (set("CI")) {
      for (let i = 0; i < CI_SERVICES.length; i++) if (env[CI_SERVICES[i]] !== undefined) return 8;
      return env.CI_NAME === "codeship" ? 8 : 1;
    }
    if (set("TEAMCITY_VERSION")) return RegExpPrototypeTest(/^(9\.0*[1-9]\d*\.|\d{2,}\.)/, env.TEAMCITY_VERSION) ? 4 : 1;
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": return NumberParseInt(env.TERM_PROGRAM_VERSION ?? "", 10) >= 3 ? 24 : 8;
      case "Apple_Terminal": return 8;
      case "HyperTerm":
      case "MacTerm": return 24;
    }
    if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 24;
    if (set("TERM") && typeof env.TERM === "string") {
      const depth = termDepth(env.TERM);
      if (depth !== 1) return depth;
    }
    return set("COLORTERM") ? 4 : 1;
  }

  function termDepth(term) {
    if (StringPrototypeStartsWith(term, "xterm-256")) return 8;
    const lower = StringPrototypeToLowerCase(term);
    for (let i = 0; i < TRUE_COLOR_TERMS.length; i++) if (lower === TRUE_COLOR_TERMS[i]) return 24;
    for (let i = 0; i < BASIC_TERM_PREFIXES.length; i++) if (StringPrototypeStartsWith(lower, BASIC_TERM_PREFIXES[i])) return 4;
    for (let i = 0; i < BASIC_TERMS.length; i++) if (lower === BASIC_TERMS[i]) return 4;
    return StringPrototypeIncludes(lower, "color") ? 4 : 1;
  }

  // Node says once that FORCE_COLOR, when it asks for colours, overrides the variables asking
  // for none.
  let warned = false;
  function warnIgnored(env) {
    if (warned) return;
    const ignored = [];
    if (env.NODE_DISABLE_COLORS !== undefined) ignored[ignored.length] = "'NODE_DISABLE_COLORS'";
    if (env.NO_COLOR !== undefined) ignored[ignored.length] = "'NO_COLOR'";
    if (ignored.length === 0 || core.requireBuiltin === undefined) return;
    warned = true;
    const names = ignored.length === 1 ? ignored[0] : `${ignored[0]} and ${ignored[1]}`;
    core.requireBuiltin("internal/warnings").emitWarning(`The ${names} env is ignored due to the 'FORCE_COLOR' env being set.`);
  }

  // Whether inspected values written to `stream` are coloured: FORCE_COLOR decides when set,
  // otherwise the stream must be a terminal that has colours.
  function streamHasColors(stream) {
    const env = colorEnvironment();
    if (env.FORCE_COLOR !== undefined) return colorDepth(env) > 2;
    return stream?.isTTY === true && (typeof stream.getColorDepth !== "function" || stream.getColorDepth() > 2);
  }

  // The same for the standard stream on descriptor `fd` (1 or 2). A stream the program has
  // made (process.stdout, process.stderr) is asked, as node asks it; otherwise the answer is
  // what that stream would give, without making it.
  function standardStreamHasColors(fd) {
    const stream = core.madeStandardStream?.(fd === 1 ? "stdout" : "stderr");
    if (stream !== undefined) return streamHasColors(stream);
    const env = colorEnvironment();
    if (env.FORCE_COLOR !== undefined) return colorDepth(env) > 2;
    return isTerminal(fd) && colorDepth(env) > 2;
  }

  // Whether descriptor `fd` is a terminal, asked of the host once.
  const terminals = [];
  function isTerminal(fd) {
    terminals[fd] ??= ops.isTerminal(fd);
    return terminals[fd];
  }

  // The environment as these rules see it: each variable is read from the host when a rule
  // first asks for it (one or two decide on a pipe) and kept, until the program writes to
  // process.env (core.environmentChanged), so that what it sets there counts at once.
  const COLOR_VARIABLES = new SafeSet([
    "FORCE_COLOR", "NODE_DISABLE_COLORS", "NO_COLOR", "TERM", "TMUX", "CI", "CI_NAME", "TEAMCITY_VERSION", "TERM_PROGRAM",
    "TERM_PROGRAM_VERSION", "COLORTERM", ...CI_SERVICES,
  ]);
  const known = new SafeMap();
  const environment = new Proxy({ __proto__: null }, {
    get(_, name) {
      if (!COLOR_VARIABLES.has(name)) return undefined;
      if (!known.has(name)) known.set(name, ops.colorVariable(name) ?? undefined);
      return known.get(name);
    },
  });
  core.environmentChanged = () => known.clear();
  function colorEnvironment() {
    return environment;
  }

  core.colorDepth = colorDepth;
  core.colorEnvironment = colorEnvironment;
  core.streamHasColors = streamHasColors;
  core.standardStreamHasColors = standardStreamHasColors;
})
