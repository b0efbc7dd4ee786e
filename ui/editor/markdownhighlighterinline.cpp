// MarkdownHighlighter, continued: the constructs inside a line (emphasis, code spans, links,
// HTML, math, ...). The block structure is in markdownhighlighter.cpp.

#include "editor/markdownhighlighter.h"
#include "editor/markdownhighlighterstate.h"

namespace Postwright {

using namespace HighlighterState;

namespace {

using Spans = QList<std::pair<int, int>>; // [start, end)

bool inside(const Spans &spans, qsizetype position)
{
    return std::any_of(spans.cbegin(), spans.cend(), [position](const std::pair<int, int> &span) {
        return position >= span.first && position < span.second;
    });
}

} // namespace

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    static const QRegularExpression strong =
        pattern("(?<![\\\\\\w])(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1(?!\\w)");
    static const QRegularExpression emphasisStar =
        pattern("(?<![\\\\*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?!\\*)");
    static const QRegularExpression emphasisUnderscore =
        pattern("(?<![\\\\\\w_])_(?=[^\\s_])(.+?)(?<=[^\\s_\\\\])_(?![\\w_])");
    static const QRegularExpression strike = pattern("~~(?=\\S)(.+?)(?<=\\S)~~");
    static const QRegularExpression link =
        pattern("(!?\\[)([^\\]\\n]*)(\\]\\()([^)\\s]*)((?:\\s+\"[^\"]*\")?\\))");
    static const QRegularExpression referenceLink = pattern("(!?\\[)([^\\]\\n]+)(\\]\\[[^\\]\\n]*\\])");
    static const QRegularExpression footnote = pattern("(\\[\\^)([^\\]\\s]+)(\\])");
    // Autolinks (<scheme:...>, <address@host>) and GFM's extended ones: bare http(s):// and
    // www. links, whose trailing punctuation belongs to the sentence, and bare e-mail addresses.
    static const QRegularExpression autolink =
        pattern("<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*>"
                "|<[\\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+>"
                "|(?:\\bhttps?://|\\bwww\\.)[^\\s<>()]*[^\\s<>().,;:!?'\"*_~]"
                "|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}\\b");
    static const QRegularExpression codeSpan = pattern("(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)");
    // $…$ as pandoc and KaTeX's auto-render read it: no space inside the dollars, and none
    // followed by a digit, so "$5 and $10" stays text.
    static const QRegularExpression math =
        pattern("(?<![\\\\$])\\$\\$(.+?)\\$\\$|(?<![\\\\$])\\$(?=[^\\s$])(.+?)(?<=[^\\s\\\\$])\\$(?![\\d$])");
    static const QRegularExpression hardBreak = pattern("(?<=\\S)(?: {2,}|\\\\)$");

    const auto eachMatch = [&text, from](const QRegularExpression &pattern, auto &&apply) {
        for (auto it = pattern.globalMatch(text, from); it.hasNext();)
            apply(it.next());
    };

    Spans codeSpans;
    eachMatch(codeSpan, [&codeSpans](const QRegularExpressionMatch &m) {
        codeSpans.append({int(m.capturedStart()), int(m.capturedEnd())});
    });

    eachMatch(strong, [this](const QRegularExpressionMatch &m) {
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.strong);
        mergeFormat(int(m.capturedStart()), 2, m_formats.markup);
        mergeFormat(int(m.capturedEnd()) - 2, 2, m_formats.markup);
    });
    const auto emphasize = [this](const QRegularExpressionMatch &m) {
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.emphasis);
        mergeFormat(int(m.capturedStart()), 1, m_formats.markup);
        mergeFormat(int(m.capturedEnd()) - 1, 1, m_formats.markup);
    };
    eachMatch(emphasisStar, emphasize);
    eachMatch(emphasisUnderscore, emphasize);
    eachMatch(strike, [this](const QRegularExpressionMatch &m) {
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.strikethrough);
        mergeFormat(int(m.capturedStart()), 2, m_formats.markup);
        mergeFormat(int(m.capturedEnd()) - 2, 2, m_formats.markup);
    });
    const auto linkLike = [this](const QRegularExpressionMatch &m) {
        mergeFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats.markup);
        mergeFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_formats.link);
        mergeFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_formats.markup);
        if (m.lastCapturedIndex() >= 5) {
            mergeFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), m_formats.url);
            mergeFormat(int(m.capturedStart(5)), int(m.capturedLength(5)), m_formats.markup);
        }
    };
    // Bare URLs first, so a URL inside [text](url) ends up in the quieter URL colour.
    eachMatch(autolink, [this](const QRegularExpressionMatch &m) {
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.link);
    });
    eachMatch(link, linkLike);
    eachMatch(referenceLink, linkLike);
    eachMatch(footnote, linkLike);
    if (m_mathEnabled) {
        // Replacing rather than merging: a_1 * b_2 inside math is not emphasis.
        eachMatch(math, [this, &codeSpans](const QRegularExpressionMatch &m) {
            if (!inside(codeSpans, m.capturedStart()))
                setFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.math);
        });
    }
    eachMatch(hardBreak, [this](const QRegularExpressionMatch &m) {
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()),
                    m.captured() == u"\\" ? m_formats.markup : m_formats.hardBreak);
    });
    // Replacing rather than merging: nothing is Markdown inside a code span.
    for (const auto &[start, end] : std::as_const(codeSpans)) {
        setFormat(start, end - start, m_formats.code);
        QTextCharFormat ticks = m_formats.code;
        ticks.setForeground(m_formats.markup.foreground());
        qsizetype fence = 0;
        while (start + fence < end && text.at(start + fence) == u'`')
            ++fence;
        setFormat(start, int(fence), ticks);
        setFormat(end - int(fence), int(fence), ticks);
    }
    // Last: a comment left open hides the rest of the line, code spans included.
    highlightHtml(text, from, codeSpans);
}

void MarkdownHighlighter::highlightHtml(const QString &text, int from,
                                        const QList<std::pair<int, int>> &codeSpans)
{
    static const QRegularExpression html = pattern(QLatin1StringView("<!--|") + tagPattern() +
                                                   QLatin1StringView("|</[A-Za-z][A-Za-z0-9-]*\\s*>"));
    static const QLatin1StringView commentOpening("<!--");
    static const QLatin1StringView commentClosing("-->");

    auto it = html.globalMatch(text, from);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int start = int(m.capturedStart());
        if (inside(codeSpans, start))
            continue;
        if (m.captured() != commentOpening) {
            setFormat(start, int(m.capturedLength()), m_formats.htmlTag);
            continue;
        }
        const qsizetype end = text.indexOf(commentClosing, start + commentOpening.size());
        if (end < 0) {
            setFormat(start, int(text.size()) - start, m_formats.htmlComment);
            setCurrentBlockState(StateHtmlComment);
            return;
        }
        const int after = int(end + commentClosing.size());
        setFormat(start, after - start, m_formats.htmlComment);
        it = html.globalMatch(text, after); // what looks like a tag inside a comment is not one
    }
}

int MarkdownHighlighter::highlightCommentEnd(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1StringView("-->"));
    if (end < 0) {
        setFormat(0, int(text.size()), m_formats.htmlComment);
        setCurrentBlockState(StateHtmlComment);
        return -1;
    }
    setFormat(0, int(end + 3), m_formats.htmlComment);
    return int(end + 3);
}

} // namespace Postwright
