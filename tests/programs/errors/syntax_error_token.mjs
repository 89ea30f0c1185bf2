// A reserved word where an expression must be: V8 marks the whole word (every V8 words this the same).
const total = 1 + return;
