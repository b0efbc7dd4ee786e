#include "site/htmlsummary.h"

#include "site/permalink.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

using namespace Qt::StringLiterals;

// These functions read cmark-gfm output only, never arbitrary HTML: tags are well formed, attribute
// values are double-quoted with '>' escaped, text '<' is always "&lt;" and raw HTML is omitted in
// safe mode. That is what makes a regular-expression tag scanner reliable here.
namespace Postwright::HtmlSummary {

namespace {

// Any start or end tag: 1 = "/" for an end tag, 2 = the name.
const QRegularExpression &tagPattern()
{
    static const QRegularExpression pattern(u"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>"_s);
    return pattern;
}

const QRegularExpression &idAttributePattern()
{
    static const QRegularExpression pattern(u"\\sid=\"([^\"]*)\""_s);
    return pattern;
}

// Tag names are looked up for every tag of every post, so they are compared as lower-case ASCII
// against sorted tables instead of one case-insensitive QString comparison per candidate.
template<std::size_t N>
bool isOneOf(QStringView name, const std::array<std::string_view, N> &sortedNames)
{
    std::array<char, 12> lower{};
    if (name.size() > qsizetype(lower.size()))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c > 0x7F)
            return false;
        lower[std::size_t(i)] = char(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
    }
    return std::binary_search(sortedNames.begin(), sortedNames.end(),
                              std::string_view(lower.data(), std::size_t(name.size())));
}

// Blocks that can hold paragraphs; a <p> inside one is not the post's first paragraph.
bool isContainer(QStringView name)
{
    static constexpr std::array<std::string_view, 11> names{
        "aside", "blockquote", "details", "div", "dl", "figure", "li", "ol", "section", "table", "ul"};
    return isOneOf(name, names);
}

// Tags whose boundary separates words ("<td>a</td><td>b</td>" is "a b", "w<em>o</em>rd" is "word").
bool separatesWords(QStringView name)
{
    static constexpr std::array<std::string_view, 27> names{
        "blockquote", "br",      "dd",    "div",   "dt", "figcaption", "figure", "h1", "h2",
        "h3",         "h4",      "h5",    "h6",    "hr", "img",        "li",     "ol", "p",
        "pre",        "section", "table", "tbody", "td", "th",         "thead",  "tr", "ul"};
    return isOneOf(name, names);
}

// The entity at text[at] ('&'), decoded, and its length; a zero length means it is not one.
QString decodeEntity(QStringView text, qsizetype at, qsizetype *length)
{
    *length = 0;
    const qsizetype semicolon = text.mid(at, 12).indexOf(u';');
    if (semicolon < 2)
        return {};
    const QStringView name = text.mid(at + 1, semicolon - 1);
    QString decoded;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return {};
        // NUL, surrogates and out-of-range values are what HTML decodes to U+FFFD too.
        const bool valid = code != 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
        const char32_t ch = valid ? char32_t(code) : U'\uFFFD';
        decoded = QString::fromUcs4(&ch, 1);
    } else if (name == u"amp") {
        decoded = u"&"_s;
    } else if (name == u"lt") {
        decoded = u"<"_s;
    } else if (name == u"gt") {
        decoded = u">"_s;
    } else if (name == u"quot") {
        decoded = u"\""_s;
    } else if (name == u"apos") {
        decoded = u"'"_s;
    } else if (name == u"nbsp") {
        decoded = u"\u00a0"_s;
    } else {
        return {}; // cmark writes every other character as itself
    }
    *length = semicolon + 1;
    return decoded;
}

// Footnote markers mean nothing out of the page they point into (a summary on an index page, a
// table of contents), so they are left out.
const QRegularExpression &footnoteRefPattern()
{
    static const QRegularExpression pattern(u"<sup class=\"footnote-ref\">.*?</sup>"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

bool isCjk(QChar c)
{
    if (c.unicode() < 0x2E80) // below the CJK radicals; skips the script lookup for most text
        return false;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

struct TocEntry
{
    int level;
    QString id;
    QString text;
};

QString tocHtmlFor(const QList<TocEntry> &entries)
{
    QString toc = u"<ul>\n"_s;
    int openLevel = 0; // level of the top-level <li> still open, 0 when none
    bool subListOpen = false;
    for (const TocEntry &entry : entries) {
        const QString link = u"<a href=\"#"_s + entry.id + u"\">"_s + entry.text.toHtmlEscaped() + u"</a>"_s;
        // An h3 nests under the h2 before it; one before any h2 stays at the top level.
        if (entry.level == 3 && openLevel == 2) {
            if (!subListOpen)
                toc += u"\n<ul>\n"_s;
            subListOpen = true;
            toc += u"<li>"_s + link + u"</li>\n"_s;
            continue;
        }
        if (subListOpen)
            toc += u"</ul>\n"_s;
        if (openLevel != 0)
            toc += u"</li>\n"_s;
        subListOpen = false;
        toc += u"<li>"_s + link;
        openLevel = entry.level;
    }
    if (subListOpen)
        toc += u"</ul>\n"_s;
    if (openLevel != 0)
        toc += u"</li>\n"_s;
    toc += u"</ul>\n"_s;
    return toc;
}

} // namespace

QString firstParagraphHtml(const QString &html)
{
    static const QRegularExpression sourcePos(u"\\s+data-sourcepos=\"[^\"]*\""_s);
    int depth = 0;
    qsizetype paragraphStart = -1;
    for (const QRegularExpressionMatch &tag : tagPattern().globalMatch(html)) {
        const QStringView name = tag.capturedView(2);
        const bool closing = !tag.capturedView(1).isEmpty();
        if (name.compare("p"_L1, Qt::CaseInsensitive) == 0) {
            if (!closing && depth == 0) {
                paragraphStart = tag.capturedEnd();
            } else if (closing && paragraphStart >= 0) {
                QString inner = html.mid(paragraphStart, tag.capturedStart() - paragraphStart);
                inner.remove(footnoteRefPattern());
                // An image-only paragraph says nothing about the post; keep looking.
                if (!plainText(inner).isEmpty())
                    return u"<p>"_s + inner.remove(sourcePos) + u"</p>"_s;
                paragraphStart = -1;
            }
            continue;
        }
        if (paragraphStart < 0 && isContainer(name))
            depth = closing ? std::max(0, depth - 1) : depth + 1;
    }
    return {};
}

QString plainText(const QString &html)
{
    const QStringView view(html);
    QString text;
    text.reserve(html.size());
    bool pendingSpace = false;
    const auto appendChar = [&](QChar c) {
        if (c.isSpace()) {
            pendingSpace = true;
            return;
        }
        if (pendingSpace && !text.isEmpty())
            text += u' ';
        pendingSpace = false;
        text += c;
    };

    qsizetype i = 0;
    const qsizetype size = view.size();
    while (i < size) {
        const QChar c = view.at(i);
        if (c == u'<') {
            if (view.mid(i, 4) == u"<!--") {
                const qsizetype end = view.indexOf(u"-->", i + 4);
                i = end < 0 ? size : end + 3;
                continue;
            }
            const qsizetype close = view.indexOf(u'>', i);
            qsizetype nameStart = i + 1;
            const bool closing = nameStart < size && view.at(nameStart) == u'/';
            if (closing)
                ++nameStart;
            qsizetype nameEnd = nameStart;
            while (nameEnd < size && nameEnd < close && view.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            if (close < 0 || nameEnd == nameStart || !view.at(nameStart).isLetter()) {
                appendChar(c); // a '<' that starts no tag is text
                ++i;
                continue;
            }
            const QStringView name = view.mid(nameStart, nameEnd - nameStart);
            if (separatesWords(name))
                pendingSpace = true;
            i = close + 1;
            // Footnote reference numbers and "↩" back links are navigation, not text.
            if (!closing && name == u"a" && view.mid(nameEnd, close - nameEnd).contains(u"data-footnote")) {
                const qsizetype end = view.indexOf(u"</a>", i, Qt::CaseInsensitive);
                i = end < 0 ? size : end + 4;
            }
            continue;
        }
        if (c == u'&') {
            qsizetype length = 0;
            const QString decoded = decodeEntity(view, i, &length);
            if (length > 0) {
                for (const QChar d : decoded)
                    appendChar(d);
                i += length;
                continue;
            }
        }
        appendChar(c);
        ++i;
    }
    return text;
}

QString truncate(const QString &text, int maxChars)
{
    if (maxChars <= 0)
        return {};
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    // Cut before the word that does not fit; a single word longer than the limit is cut inside.
    if (!text.at(cut).isSpace()) {
        qsizetype space = cut - 1;
        while (space > 0 && !text.at(space).isSpace())
            --space;
        if (space > 0)
            cut = space;
    }
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    QString head = text.left(cut);
    // "word, …" and "word …" read as mistakes; "word…" does not.
    while (!head.isEmpty() &&
           (head.back().isSpace() || head.back() == u',' || head.back() == u';' || head.back() == u':' ||
            head.back() == u'-' || head.back() == u'\u2013' || head.back() == u'\u2014'))
        head.chop(1);
    return head + u'\u2026';
}

int wordCount(const QString &plainText)
{
    // Chinese and Japanese have no spaces between words; each character counts as a word, which
    // is close to how reading speed is measured for them.
    int count = 0;
    bool inWord = false;
    bool wordHasText = false;
    for (const QChar c : plainText) {
        if (c.isSpace() || isCjk(c)) {
            if (inWord && wordHasText)
                ++count;
            inWord = false;
            wordHasText = false;
            if (isCjk(c))
                ++count;
            continue;
        }
        inWord = true;
        // A lone dash or ellipsis between words is not a word.
        wordHasText = wordHasText || c.isLetterOrNumber() || c.isSurrogate();
    }
    if (inWord && wordHasText)
        ++count;
    return count;
}

int readingMinutes(int words)
{
    return std::max(1, int(std::lround(double(words) / 220.0)));
}

QString addHeadingIds(const QString &html, QString *tocHtml)
{
    static const QRegularExpression heading(u"<h([2-6])(\\s[^>]*)?>(.*?)</h\\1\\s*>"_s,
                                            QRegularExpression::DotMatchesEverythingOption |
                                                QRegularExpression::CaseInsensitiveOption);
    // Every id already on the page is taken, footnotes' "fn-1" included, so links stay unambiguous.
    QSet<QString> used;
    for (const QRegularExpressionMatch &match : idAttributePattern().globalMatch(html))
        used.insert(match.captured(1));

    QString out;
    out.reserve(html.size() + html.size() / 16);
    QList<TocEntry> toc;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : heading.globalMatch(html)) {
        const int level = match.capturedView(1).toInt();
        const QString attributes = match.captured(2);
        const QString inner = match.captured(3);
        const QString text = plainText(inner);
        const QRegularExpressionMatch existing = idAttributePattern().match(attributes);
        QString id;
        out += QStringView(html).mid(last, match.capturedStart() - last);
        if (existing.hasMatch()) {
            id = existing.captured(1);
            out += match.capturedView(0);
        } else {
            QString base = Permalink::slugify(text);
            if (base.isEmpty())
                base = u"section"_s;
            id = base;
            for (int n = 1; used.contains(id); ++n)
                id = base + u'-' + QString::number(n);
            used.insert(id);
            out += u"<h"_s + QString::number(level) + u" id=\""_s + id + u'"' + attributes + u'>' + inner +
                   u"</h"_s + QString::number(level) + u'>';
        }
        last = match.capturedEnd();
        if (level <= 3)
            toc.append({level, id, text});
    }
    out += QStringView(html).mid(last);

    if (tocHtml)
        *tocHtml = toc.size() >= 3 ? tocHtmlFor(toc) : QString();
    return out;
}

} // namespace Postwright::HtmlSummary
