#include "editor/markdownhighlighter.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextBlock>

namespace Postwright {

namespace {

// Block states. Fences remember their character and length, because only a fence of the same
// character and at least the same length closes them (CommonMark).
enum : int {
    StateNormal = 0,
    StateFrontMatter = 1,
    StateFence = 2,
    StateKindMask = 0x0f,
    StateNotHighlighted = -1, // QTextBlock's own default; every state set here is >= 0
    FenceTildeFlag = 0x10,
    FenceLengthShift = 8,
};

int fenceState(QChar fenceChar, qsizetype length)
{
    return StateFence | (fenceChar == u'~' ? FenceTildeFlag : 0) | (int(length) << FenceLengthShift);
}

// Every pattern below is a function-local static: compiled once for the whole program, since
// highlightBlock runs on every keystroke.
QRegularExpression pattern(const char *source)
{
    QRegularExpression expression(QString::fromLatin1(source),
                                  QRegularExpression::UseUnicodePropertiesOption);
    expression.optimize();
    return expression;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, Scheme scheme)
    : QSyntaxHighlighter(document)
{
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &MarkdownHighlighter::highlightNextSlice);
    setScheme(scheme);
}

void MarkdownHighlighter::highlightProgressively()
{
    m_frontier = 0;
    m_sliceTimer.start();
}

void MarkdownHighlighter::highlightAtOnce()
{
    m_sliceTimer.stop();
    m_frontier = std::numeric_limits<int>::max();
}

void MarkdownHighlighter::highlightNextSlice()
{
    // Blocks below the frontier are left alone by highlightBlock(), state untouched; a slice
    // moves the frontier and highlights the blocks it passed that were never highlighted.
    // QSyntaxHighlighter carries on to the next block while states change, which is how a
    // slice's first block colours the ones after it; the check skips what that did already.
    QElapsedTimer slice;
    slice.start();
    do {
        QTextBlock block = document()->findBlockByNumber(m_frontier);
        if (!block.isValid()) {
            highlightAtOnce();
            Q_EMIT progressiveHighlightingFinished();
            return;
        }
        const int end = m_frontier + 32;
        m_frontier = end;
        for (int number = block.blockNumber(); block.isValid() && number < end; block = block.next(), ++number) {
            if (block.userState() == StateNotHighlighted)
                rehighlightBlock(block);
        }
    } while (slice.elapsed() < 8);
}

void MarkdownHighlighter::setScheme(Scheme scheme)
{
    const bool dark = scheme == Scheme::Dark;
    const auto color = [dark](const char *light, const char *darkColor) {
        return QColor(QLatin1StringView(dark ? darkColor : light));
    };

    Formats f;
    f.markup.setForeground(color("#8c959f", "#6e7681"));
    f.frontMatter.setForeground(color("#57606a", "#8b949e"));
    f.frontMatterKey.setForeground(color("#8250df", "#d2a8ff"));
    f.heading.setForeground(color("#1f3f7a", "#a5c8ff"));
    f.heading.setFontWeight(QFont::Bold);
    f.emphasis.setFontItalic(true);
    f.strong.setFontWeight(QFont::Bold);
    f.strikethrough.setFontStrikeOut(true);
    f.code.setForeground(color("#953800", "#ffa657"));
    f.code.setBackground(color("#f3f1ec", "#2d333b"));
    f.codeBlock.setForeground(color("#3b4351", "#c9d1d9"));
    m_codeBand = color("#f1efe9", "#22272e");
    m_frontMatterBand = color("#f6f4ef", "#1c2026");
    f.link.setForeground(color("#0b5cad", "#58a6ff"));
    f.url.setForeground(color("#6e7781", "#8b949e"));
    f.listMarker.setForeground(color("#bc4c00", "#f0883e"));
    f.listMarker.setFontWeight(QFont::Bold);
    f.blockQuote.setForeground(color("#57606a", "#8b949e"));
    f.blockQuote.setFontItalic(true);
    m_formats = f;
    // A long document (the desktop turned dark while a 10 MB post is open) is re-coloured the
    // way it was opened: the first blocks now, the rest in slices.
    if (document() && document()->characterCount() > progressiveSize) {
        for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next())
            block.setUserState(StateNotHighlighted);
        highlightProgressively();
        highlightNextSlice();
        return;
    }
    rehighlight();
}

MarkdownHighlighter::BlockKind MarkdownHighlighter::blockKind(const QTextBlock &block)
{
    // A fence or front matter line carries its construct's state into the next block, and the
    // closing line is the first without it; so a block belongs to one when it or the block
    // before it has the state.
    const auto kindOf = [](int state) {
        return state == -1 ? StateNormal : state & StateKindMask;
    };
    const int own = kindOf(block.userState());
    const int previous = block.previous().isValid() ? kindOf(block.previous().userState()) : StateNormal;
    if (own == StateFence || previous == StateFence)
        return BlockKind::CodeBlock;
    if (own == StateFrontMatter || previous == StateFrontMatter)
        return BlockKind::FrontMatter;
    return BlockKind::Text;
}

QColor MarkdownHighlighter::bandColor(BlockKind kind) const
{
    switch (kind) {
    case BlockKind::FrontMatter:
        return m_frontMatterBand;
    case BlockKind::CodeBlock:
        return m_codeBand;
    case BlockKind::Text:
        break;
    }
    return {};
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    if (m_frontier != std::numeric_limits<int>::max() && currentBlock().blockNumber() >= m_frontier)
        return; // not yet: its state stays "not highlighted", which stops the carry-on here
    setCurrentBlockState(StateNormal);
    if (highlightFrontMatter(text) || highlightFence(text))
        return;
    if (highlightLineStart(text))
        return;
    highlightInline(text);
}

bool MarkdownHighlighter::highlightFrontMatter(const QString &text)
{
    static const QRegularExpression delimiter = pattern("^(---|\\.\\.\\.)\\s*$");
    static const QRegularExpression key = pattern("^\\s*(?:-\\s+)?([\\w.-]+)\\s*:");

    // Front matter can only open on the very first line of the file.
    if (currentBlock().blockNumber() == 0) {
        if (!text.startsWith(QLatin1StringView("---")) || !delimiter.match(text).hasMatch())
            return false;
        setFormat(0, int(text.size()), m_formats.markup);
        setCurrentBlockState(StateFrontMatter);
        return true;
    }
    if (previousBlockState() != StateFrontMatter)
        return false;

    if (delimiter.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.markup);
        return true; // closed: the next block is Markdown again
    }
    setFormat(0, int(text.size()), m_formats.frontMatter);
    if (const QRegularExpressionMatch m = key.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats.frontMatterKey);
    setCurrentBlockState(StateFrontMatter);
    return true;
}

bool MarkdownHighlighter::highlightFence(const QString &text)
{
    static const QRegularExpression opening = pattern("^ {0,3}(`{3,}|~{3,})(.*)$");

    const int previous = previousBlockState();
    if (previous != -1 && (previous & StateKindMask) == StateFence) {
        const QChar fenceChar = (previous & FenceTildeFlag) ? u'~' : u'`';
        const int length = previous >> FenceLengthShift;
        qsizetype indent = 0;
        while (indent < text.size() && text.at(indent) == u' ')
            ++indent;
        const QString trimmed = text.trimmed();
        const bool closes =
            indent <= 3 && trimmed.size() >= length && trimmed.count(fenceChar) == trimmed.size();
        if (closes) {
            setFormat(0, int(text.size()), m_formats.markup);
            return true;
        }
        setFormat(0, int(text.size()), m_formats.codeBlock);
        setCurrentBlockState(previous);
        return true;
    }

    const QRegularExpressionMatch m = opening.match(text);
    if (!m.hasMatch())
        return false;
    const QString fence = m.captured(1);
    // A backtick fence's info string cannot contain backticks (that is inline code instead).
    if (fence.front() == u'`' && m.captured(2).contains(u'`'))
        return false;
    setFormat(0, int(text.size()), m_formats.markup);
    setCurrentBlockState(fenceState(fence.front(), fence.size()));
    return true;
}

bool MarkdownHighlighter::highlightLineStart(const QString &text)
{
    static const QRegularExpression heading = pattern("^ {0,3}(#{1,6})(?=\\s|$)(.*?)(\\s+#+\\s*)?$");
    static const QRegularExpression rule = pattern("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    static const QRegularExpression quote = pattern("^ {0,3}(?:>\\s?)+");
    static const QRegularExpression listItem =
        pattern("^\\s*([-*+]|\\d{1,9}[.)])(\\s+\\[[ xX]\\])?(?=\\s|$)");

    if (const QRegularExpressionMatch m = heading.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_formats.heading);
        QTextCharFormat marker = m_formats.heading;
        marker.setForeground(m_formats.markup.foreground());
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), marker);
        if (m.capturedLength(3) > 0)
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), marker);
        return true; // headings stay one colour; emphasis inside them would only add noise
    }
    if (rule.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.markup);
        return true;
    }

    int rest = 0;
    if (const QRegularExpressionMatch m = quote.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_formats.blockQuote);
        QTextCharFormat marker = m_formats.blockQuote;
        marker.setForeground(m_formats.markup.foreground());
        marker.setFontItalic(false);
        setFormat(0, int(m.capturedLength()), marker);
        rest = int(m.capturedLength());
    }
    if (const QRegularExpressionMatch m = listItem.match(text, rest);
        m.hasMatch() && (m.capturedStart() == rest || rest == 0)) {
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats.listMarker);
        if (m.capturedLength(2) > 0)
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_formats.markup);
    }
    return false;
}

void MarkdownHighlighter::highlightInline(const QString &text)
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
    static const QRegularExpression autolink =
        pattern("<(?:https?|mailto):[^>\\s]+>|\\bhttps?://[^\\s<>()]+[^\\s<>().,;:!?'\"]");
    static const QRegularExpression codeSpan = pattern("(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)");

    const auto eachMatch = [&text](const QRegularExpression &pattern, auto &&apply) {
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            apply(it.next());
    };

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
    // Last, and replacing rather than merging: nothing is Markdown inside a code span.
    eachMatch(codeSpan, [this](const QRegularExpressionMatch &m) {
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.code);
        QTextCharFormat ticks = m_formats.code;
        ticks.setForeground(m_formats.markup.foreground());
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), ticks);
        setFormat(int(m.capturedEnd()) - int(m.capturedLength(1)), int(m.capturedLength(1)), ticks);
    });
}

void MarkdownHighlighter::mergeFormat(int start, int count, const QTextCharFormat &format)
{
    // Runs of equal formats are merged once, not character by character.
    const int end = start + count;
    int runStart = start;
    while (runStart < end) {
        const QTextCharFormat current = QSyntaxHighlighter::format(runStart);
        int runEnd = runStart + 1;
        while (runEnd < end && QSyntaxHighlighter::format(runEnd) == current)
            ++runEnd;
        QTextCharFormat merged = current;
        merged.merge(format);
        setFormat(runStart, runEnd - runStart, merged);
        runStart = runEnd;
    }
}

} // namespace Postwright
