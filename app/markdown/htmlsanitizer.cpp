#include "htmlsanitizer.h"

#include "markdown/htmlescape.h"
#include "util/gumbodocument.h"

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// The HTML is parsed by gumbo (a complete HTML5 parser: entities, broken markup, foster parenting
// and implied tags come out as a browser sees them) and only the allowed part of its tree is
// written back out, every text and attribute value escaped again. Nothing of the input reaches
// the output as markup without going through the tree, so whatever the input's tricks (entities
// in URLs, unclosed attributes, comments, raw-text elements), the output holds no element or
// attribute outside the lists below.

namespace Postwright {

namespace {

using namespace std::string_view_literals;

// Elements written out, with the attributes each may keep besides the global ones.
const std::unordered_map<std::string_view, std::vector<std::string_view>> &allowedElements()
{
    // clang-format off
    static const std::unordered_map<std::string_view, std::vector<std::string_view>> elements{
        {"p"sv, {}}, {"br"sv, {}}, {"hr"sv, {}}, {"h1"sv, {}}, {"h2"sv, {}}, {"h3"sv, {}}, {"h4"sv, {}},
        {"h5"sv, {}}, {"h6"sv, {}}, {"blockquote"sv, {}}, {"pre"sv, {}}, {"code"sv, {}}, {"kbd"sv, {}},
        {"samp"sv, {}}, {"var"sv, {}}, {"em"sv, {}}, {"strong"sv, {}}, {"b"sv, {}}, {"i"sv, {}}, {"u"sv, {}},
        {"s"sv, {}}, {"del"sv, {}}, {"ins"sv, {}}, {"mark"sv, {}}, {"small"sv, {}}, {"sub"sv, {}},
        {"sup"sv, {}}, {"abbr"sv, {}}, {"cite"sv, {}}, {"q"sv, {}}, {"dfn"sv, {}},
        {"time"sv, {"datetime"sv}}, {"span"sv, {}}, {"div"sv, {}}, {"section"sv, {}}, {"article"sv, {}},
        {"aside"sv, {}}, {"header"sv, {}}, {"footer"sv, {}}, {"figure"sv, {}}, {"figcaption"sv, {}},
        {"details"sv, {"open"sv}}, {"summary"sv, {}}, {"ul"sv, {}}, {"ol"sv, {"start"sv, "reversed"sv, "type"sv}},
        {"li"sv, {"value"sv}}, {"dl"sv, {}}, {"dt"sv, {}}, {"dd"sv, {}}, {"table"sv, {}}, {"thead"sv, {}},
        {"tbody"sv, {}}, {"tfoot"sv, {}}, {"tr"sv, {}}, {"th"sv, {"align"sv, "colspan"sv, "rowspan"sv, "scope"sv}},
        {"td"sv, {"align"sv, "colspan"sv, "rowspan"sv}}, {"caption"sv, {}}, {"colgroup"sv, {"span"sv}},
        {"col"sv, {"span"sv}}, {"a"sv, {"href"sv, "rel"sv}},
        {"img"sv, {"src"sv, "alt"sv, "width"sv, "height"sv, "loading"sv}}, {"picture"sv, {}},
        {"source"sv, {"src"sv, "type"sv}}, // srcset, media and sizes only inside <picture>
        {"audio"sv, {"src"sv, "controls"sv, "loop"sv, "muted"sv, "preload"sv}},
        {"video"sv, {"src"sv, "controls"sv, "loop"sv, "muted"sv, "preload"sv, "poster"sv, "width"sv, "height"sv,
                     "playsinline"sv}},
        {"input"sv, {"type"sv, "checked"sv, "disabled"sv}}, // only disabled checkboxes (GFM task lists)
        {"ruby"sv, {}}, {"rt"sv, {}}, {"rp"sv, {}}, {"wbr"sv, {}},
    };
    // clang-format on
    return elements;
}

// Elements left out together with everything inside them: they run script, load or embed other
// documents, submit, or switch the parser into another mode (raw text, foreign content).
bool dropsContents(std::string_view name)
{
    static const std::unordered_set<std::string_view> dropped{
        "script"sv,   "style"sv,    "iframe"sv,   "frame"sv,  "frameset"sv, "object"sv, "embed"sv,
        "applet"sv,   "noscript"sv, "template"sv, "form"sv,   "svg"sv,      "math"sv,   "link"sv,
        "meta"sv,     "base"sv,     "textarea"sv, "select"sv, "button"sv,   "title"sv,  "noembed"sv,
        "noframes"sv, "param"sv,    "head"sv,     "portal"sv,
    };
    return dropped.contains(name);
}

bool isVoid(std::string_view name)
{
    return name == "br"sv || name == "hr"sv || name == "img"sv || name == "input"sv || name == "wbr"sv ||
           name == "col"sv || name == "source"sv;
}

bool isGlobalAttribute(std::string_view name)
{
    static const std::unordered_set<std::string_view> global{
        "id"sv,
        "class"sv,
        "title"sv,
        "lang"sv,
        "dir"sv,
        "role"sv,
        "data-sourcepos"sv,
        // What cmark-gfm writes on footnotes, so its own output passes unchanged.
        "data-footnotes"sv,
        "data-footnote-ref"sv,
        "data-footnote-backref"sv,
        "data-footnote-backref-idx"sv,
    };
    if (global.contains(name))
        return true;
    return name.size() > 5 && name.starts_with("aria-"sv) &&
           std::all_of(name.begin() + 5, name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

std::string lower(std::string_view text)
{
    std::string result(text);
    for (char &c : result) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return result;
}

// A URL the page may follow or load: http, https, mailto, or relative (a path, ?query or #anchor),
// and for images a data: URL of a raster format. The value is gumbo's, entities already decoded;
// control characters and whitespace, which browsers skip inside a scheme, are taken out before
// looking at it, so "jav&#x09;ascript:" is seen as "javascript:".
bool isSafeUrl(std::string_view value, bool dataImage)
{
    std::string url;
    url.reserve(value.size());
    for (char c : value) {
        if (static_cast<unsigned char>(c) > 0x20 && c != 0x7f)
            url += c;
    }
    const size_t colon = url.find(':');
    if (colon == std::string::npos || url.find_first_of("/?#"sv) < colon)
        return true; // no scheme: relative
    const std::string scheme = lower(std::string_view(url).substr(0, colon));
    if (scheme == "http"sv || scheme == "https"sv || scheme == "mailto"sv)
        return true;
    if (scheme != "data"sv || !dataImage)
        return false;
    const std::string type = lower(std::string_view(url).substr(colon + 1, 11));
    for (std::string_view allowed : {"image/png"sv, "image/jpeg"sv, "image/gif"sv, "image/webp"sv}) {
        if (type.size() > allowed.size() && type.starts_with(allowed) &&
            (type[allowed.size()] == ';' || type[allowed.size()] == ','))
            return true;
    }
    return false;
}

// srcset: "url 1x, url 2x"; every candidate must be a safe URL (no data: here).
bool isSafeSrcset(std::string_view value)
{
    size_t start = 0;
    while (start <= value.size()) {
        size_t end = value.find(',', start);
        if (end == std::string_view::npos)
            end = value.size();
        std::string_view candidate = value.substr(start, end - start);
        while (!candidate.empty() && static_cast<unsigned char>(candidate.front()) <= 0x20)
            candidate.remove_prefix(1);
        const size_t space = candidate.find_first_of(" \t\n\r\f"sv);
        if (!isSafeUrl(candidate.substr(0, space), false))
            return false;
        start = end + 1;
    }
    return true;
}

std::string elementName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return gumbo_normalized_tagname(element.tag);
    GumboStringPiece piece = element.original_tag;
    if (!piece.data || piece.length == 0)
        return {};
    gumbo_tag_from_original_text(&piece);
    return lower(std::string_view(piece.data, piece.length));
}

bool keepAttribute(std::string_view element, std::string_view parent, const GumboAttribute &attribute)
{
    const std::string_view name = attribute.name;
    const std::string_view value = attribute.value;
    if (attribute.attr_namespace != GUMBO_ATTR_NAMESPACE_NONE)
        return false;
    if (isGlobalAttribute(name))
        return true;
    if (element == "source"sv && parent == "picture"sv) {
        if (name == "srcset"sv)
            return isSafeSrcset(value);
        if (name == "media"sv || name == "sizes"sv)
            return true;
    }
    const auto &allowed = allowedElements().at(element);
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
        return false;
    if (name == "href"sv || name == "src"sv || name == "poster"sv)
        return isSafeUrl(value, element == "img"sv && name == "src"sv);
    return true;
}

bool isCheckbox(const GumboElement &element)
{
    const GumboAttribute *type = gumbo_get_attribute(&element.attributes, "type");
    return type && lower(type->value) == "checkbox"sv;
}

// Writes the start tag; false when the element is left out after all.
bool writeStartTag(std::string &out, const std::string &name, std::string_view parent,
                   const GumboElement &element)
{
    if (name == "input"sv && !isCheckbox(element))
        return false;
    out += '<';
    out += name;
    bool disabled = false;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        if (!keepAttribute(name, parent, *attribute))
            continue;
        const std::string_view attributeName = attribute->name;
        disabled = disabled || attributeName == "disabled"sv;
        out += ' ';
        out += attributeName;
        // Written bare when it was bare (cmark's data-footnote-ref), so cmark's output round-trips.
        if (attribute->original_value.data == attribute->original_name.data && !*attribute->value)
            continue;
        out += "=\""sv;
        appendHtmlEscaped(out, attribute->value,
                      attributeName == "href"sv || attributeName == "src"sv || attributeName == "poster"sv ||
                          attributeName == "srcset"sv);
        out += '"';
    }
    if (name == "input"sv && !disabled)
        out += " disabled=\"\""sv; // a task list checkbox the reader cannot tick
    out += isVoid(name) ? " />"sv : ">"sv;
    return true;
}

struct Frame
{
    const GumboVector *children;
    unsigned next = 0;
    std::string name;  // the element's name, for its children's rules
    std::string close; // its end tag; empty when only the contents are kept
};

std::string serialize(const GumboNode *root)
{
    std::string out;
    std::vector<Frame> stack;
    stack.push_back({&root->v.element.children, 0, {}, {}});
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next >= frame.children->length) {
            out += frame.close;
            stack.pop_back();
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
            appendHtmlEscaped(out, node->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT: {
            const GumboElement &element = node->v.element;
            if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
                break; // SVG and MathML: scriptable, and parsed by other rules
            std::string name = elementName(element);
            if (name.empty() || dropsContents(name))
                break;
            if (!allowedElements().contains(name)) { // unknown or not allowed: its contents only
                stack.push_back({&element.children, 0, frame.name, {}});
                break;
            }
            if (!writeStartTag(out, name, frame.name, element) || isVoid(name))
                break;
            // The parser drops a newline right after <pre>: one written there keeps the text's own.
            if (name == "pre"sv && element.children.length > 0) {
                const auto *first = static_cast<const GumboNode *>(element.children.data[0]);
                if ((first->type == GUMBO_NODE_TEXT || first->type == GUMBO_NODE_WHITESPACE) &&
                    first->v.text.text[0] == '\n')
                    out += '\n';
            }
            std::string close = "</" + name + '>';
            stack.push_back({&element.children, 0, std::move(name), std::move(close)});
            break;
        }
        default:
            break; // comments, CDATA (foreign content only), templates
        }
    }
    return out;
}

} // namespace

QString HtmlSanitizer::sanitize(const QString &html)
{
    if (html.isEmpty())
        return {};
    const GumboDocument fragment(html.toUtf8(), GumboDocument::Kind::Fragment);
    if (!fragment.root())
        return {};
    const std::string sanitized = serialize(fragment.root());
    return QString::fromUtf8(sanitized.data(), qsizetype(sanitized.size()));
}

} // namespace Postwright
