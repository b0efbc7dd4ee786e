#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace Postwright {

// What WordPress stores in post_content, made into ordinary HTML before it becomes Markdown: the
// classic editor's paragraphs (blank lines, not <p>), [caption] shortcodes, and links to uploads.
namespace WordPressHtml {

// WordPress's wpautop, simplified: in content written without any <p> (the classic editor), text
// between blank lines becomes a paragraph and a single line break a <br />; blocks that already start
// with a block element and <pre> content are kept as they are. Block-editor content is returned as is.
QString autoParagraphs(const QString &html);

// [caption id=".." align=".." width=".."]<img ...> The caption[/caption] -> <figure> with <figcaption>.
QString captions(const QString &html);

// Calls rewrite for every URL-valued attribute (src, href; srcset as a whole) with the attribute's
// name in lower case and its value with &amp; decoded. std::nullopt keeps the attribute as it is, an
// empty string removes it, anything else replaces the value (escaped here).
using AttributeRewrite = std::function<std::optional<QString>(const QString &name, const QString &value)>;
QString rewriteUrlAttributes(const QString &html, const AttributeRewrite &rewrite);

} // namespace WordPressHtml
} // namespace Postwright
