#pragma once

#include <span>
#include <string_view>

// twitter-text's top-level domains (generated into TopLevelDomains.cpp), lower case and sorted by
// UTF-16 code units so a label can be looked up with a binary search.
namespace TopLevelDomains {

std::span<const std::u16string_view> generic();
std::span<const std::u16string_view> countryCode();

} // namespace TopLevelDomains
