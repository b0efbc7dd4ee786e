#pragma once

#include <QString>

namespace Postwright {

// Keeps the part of an HTML fragment that cannot run script or load active content: an allow-list
// of elements, attributes and URL schemes, everything else dropped (script-capable elements with
// their contents, unknown elements keeping theirs). For raw HTML in posts shown in the preview.
// Thread-safe: each call parses on its own.
class HtmlSanitizer
{
public:
    // html: a fragment as it would sit inside a <div>. The result is well-formed HTML written
    // the way cmark-gfm writes it (double-quoted attributes, " />" on void elements), so cmark's
    // own output and the sanitiser's output come back unchanged.
    static QString sanitize(const QString &html);
};

} // namespace Postwright
