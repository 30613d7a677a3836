#pragma once

// twitter-text's regular expressions as PCRE2 sources (generated into TwitterTextPatterns.cpp).
namespace TwitterTextPatterns {

// What extractUrl matches after the domain and port: (a path)?(a query)?, groups 1 and 2.
const char16_t *urlTail();
// validAsciiDomain: the ASCII domains inside a domain found without a protocol; "%GTLD%" and
// "%CCTLD%" stand for the alternations of TopLevelDomains' lists.
const char16_t *asciiDomain();
// validTcoUrl: a t.co link takes no path characters after its slug.
const char16_t *tco();
// twemoji-parser's emoji sequences.
const char16_t *emoji();

} // namespace TwitterTextPatterns
