#pragma once

#include <string>
#include <string_view>

namespace Postwright {

// Appends text escaped for HTML text and double-quoted attribute values (& < > "). In URLs the
// apostrophe is escaped too, as cmark-gfm does, so its links come back byte for byte.
inline void appendHtmlEscaped(std::string &out, std::string_view text, bool url = false)
{
    using namespace std::string_view_literals;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;"sv;
            break;
        case '<':
            out += "&lt;"sv;
            break;
        case '>':
            out += "&gt;"sv;
            break;
        case '"':
            out += "&quot;"sv;
            break;
        case '\'':
            if (url) {
                out += "&#x27;"sv;
                break;
            }
            [[fallthrough]];
        default:
            out += c;
        }
    }
}

} // namespace Postwright
