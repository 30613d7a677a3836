#pragma once

// Qt compiles every regular expression to machine code (PCRE2's JIT) before its first match.
// For an interactive program matching short texts that is the wrong trade: twitter-text's URL
// pattern, with its 1,500 top-level domains, takes about 20 ms to compile that way at the first
// preview of a text holding a link, and 1 to 2 µs more per text to interpret.
namespace RegexJit {

// Interpret the patterns instead, unless QT_ENABLE_REGEXP_JIT is already set (a user's choice
// wins). Qt reads the setting once, at the first pattern compiled: call it first thing in main.
void preferInterpreter();

} // namespace RegexJit
