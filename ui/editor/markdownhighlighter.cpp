#include "editor/markdownhighlighter.h"

#include "editor/markdownhighlighterstate.h"
#include "editor/spellblockdata.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>

namespace Postwright {

using namespace HighlighterState;

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, Scheme scheme)
    : QSyntaxHighlighter(document)
{
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &MarkdownHighlighter::highlightNextSlice);
    // Connected after QSyntaxHighlighter's own handler, so the edited blocks are done by then.
    if (document) {
        connect(document, &QTextDocument::contentsChange, this,
                [this](int position, int, int) { followNextLine(position); });
    }
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
        for (int number = block.blockNumber(); block.isValid() && number < end;
             block = block.next(), ++number) {
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
    // A done task reads as done, but stays legible: the writer may still edit it.
    f.taskDone.setForeground(color("#8c959f", "#6e7681"));
    f.taskDone.setFontStrikeOut(true);
    f.blockQuote.setForeground(color("#57606a", "#8b949e"));
    f.blockQuote.setFontItalic(true);
    f.tableHeader.setFontWeight(QFont::Bold);
    f.htmlTag.setForeground(color("#116329", "#7ee787"));
    f.htmlComment.setForeground(color("#8c959f", "#6e7681"));
    f.htmlComment.setFontItalic(true);
    f.math.setForeground(color("#0e6e7a", "#56d4dd"));
    // Trailing spaces are invisible, yet they make a line break: show where they are.
    f.hardBreak.setBackground(color("#e3dfd5", "#3a414b"));
    f.misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    f.misspelled.setUnderlineColor(color("#cf222e", "#f85149"));
    m_formats = f;
    rehighlightAll();
}

void MarkdownHighlighter::setMathEnabled(bool enabled)
{
    if (m_mathEnabled == enabled)
        return;
    m_mathEnabled = enabled;
    rehighlightAll();
}

void MarkdownHighlighter::setSpellSource(SpellSource source)
{
    m_spellSource = std::move(source);
}

void MarkdownHighlighter::rehighlightAll()
{
    if (!document())
        return;
    // A long document (the desktop turned dark while a 10 MB post is open) is re-coloured the
    // way it was opened: the first blocks now, the rest in slices.
    if (document()->characterCount() > progressiveSize) {
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
        return state == StateNotHighlighted ? StateNormal : state & StateKindMask;
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

int MarkdownHighlighter::previousState() const
{
    const int state = previousBlockState();
    return state == StateNotHighlighted ? StateNormal : state & ~SpellToggle;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    if (m_frontier != std::numeric_limits<int>::max() && currentBlock().blockNumber() >= m_frontier)
        return; // not yet: its state stays "not highlighted", which stops the carry-on here
    const int before = currentBlockState();
    setCurrentBlockState(StateNormal);
    highlightStructure(text);
    if (m_spellSource)
        highlightMisspellings(text, before);
}

void MarkdownHighlighter::highlightStructure(const QString &text)
{
    const int previous = previousState();
    if (highlightFrontMatter(text) || highlightFence(text) || continueBlock(text, previous))
        return;
    if (isBlank(text))
        return;
    if (highlightHtmlBlockStart(text, previous) || highlightMathBlockStart(text) ||
        highlightUnderline(text, previous))
        return;
    switch (highlightLineStart(text)) {
    case LineStart::Finished:
        return;
    case LineStart::Marked:
        highlightInline(text);
        return;
    case LineStart::Plain:
        highlightParagraphLine(text);
        return;
    }
}

bool MarkdownHighlighter::highlightFrontMatter(const QString &text)
{
    static const QRegularExpression yamlDelimiter = pattern("^(---|\\.\\.\\.)\\s*$");
    static const QRegularExpression tomlDelimiter = pattern("^\\+\\+\\+\\s*$");
    static const QRegularExpression key = pattern("^\\s*(?:-\\s+)?([\\w.-]+)\\s*[:=]");

    // Front matter can only open on the very first line of the file.
    if (currentBlock().blockNumber() == 0) {
        const bool yaml = text.startsWith(QLatin1StringView("---")) && yamlDelimiter.match(text).hasMatch();
        if (!yaml && !tomlDelimiter.match(text).hasMatch())
            return false;
        setFormat(0, int(text.size()), m_formats.markup);
        setCurrentBlockState(StateFrontMatter | (yaml ? 0 : TomlFlag));
        return true;
    }
    const int previous = previousState();
    if ((previous & StateKindMask) != StateFrontMatter)
        return false;

    const bool toml = previous & TomlFlag;
    if ((toml ? tomlDelimiter : yamlDelimiter).match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.markup);
        return true; // closed: the next block is Markdown again
    }
    setFormat(0, int(text.size()), m_formats.frontMatter);
    if (const QRegularExpressionMatch m = key.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats.frontMatterKey);
    setCurrentBlockState(previous);
    return true;
}

bool MarkdownHighlighter::highlightFence(const QString &text)
{
    static const QRegularExpression opening = pattern("^ {0,3}(`{3,}|~{3,})(.*)$");

    const int previous = previousState();
    if ((previous & StateKindMask) == StateFence) {
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
    setCurrentBlockState(StateFence | (fence.front() == u'~' ? FenceTildeFlag : 0) |
                         (int(qMin(fence.size(), qsizetype(MaxFenceLength))) << FenceLengthShift));
    return true;
}

bool MarkdownHighlighter::continueBlock(const QString &text, int previous)
{
    switch (previous & StateKindMask) {
    case StateHtmlComment:
        if (const int end = highlightCommentEnd(text); end >= 0)
            highlightInline(text, end);
        return true;
    case StateRawHtml: {
        const QString closing = QLatin1StringView("</") + rawTags().at((previous >> RawTagShift) & 0x3);
        const qsizetype end = text.indexOf(closing, 0, Qt::CaseInsensitive);
        setFormat(0, int(end < 0 ? text.size() : end), m_formats.codeBlock);
        if (end < 0) {
            setCurrentBlockState(previous);
            return true;
        }
        highlightHtml(text, int(end));
        return true;
    }
    case StateMathBlock:
        setFormat(0, int(text.size()), m_formats.math);
        if (!text.contains(QLatin1StringView("$$")))
            setCurrentBlockState(StateMathBlock);
        return true;
    case StateHtmlBlock:
        if (isBlank(text))
            return false;
        highlightHtml(text, 0);
        if ((currentBlockState() & StateKindMask) == StateNormal)
            setCurrentBlockState(StateHtmlBlock);
        return true;
    case StateTable:
        if (isBlank(text) || startsOtherBlock(text))
            return false;
        highlightTableRow(text, false);
        if ((currentBlockState() & StateKindMask) == StateNormal)
            setCurrentBlockState(StateTable);
        return true;
    default:
        return false;
    }
}

bool MarkdownHighlighter::highlightHtmlBlockStart(const QString &text, int previous)
{
    static const QRegularExpression raw =
        pattern("^ {0,3}<(script|pre|style|textarea)(?=[\\s>]|$)", QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comment = pattern("^ {0,3}<!--");
    static const QRegularExpression blockTag = pattern(
        "^ {0,3}</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
        "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|"
        "header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|"
        "search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[\\s/>]|$)",
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression loneTag =
        pattern(QLatin1StringView("^ {0,3}(?:") + tagPattern() +
                QLatin1StringView("|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$"));

    if (const QRegularExpressionMatch m = raw.match(text); m.hasMatch()) {
        const int tag = int(rawTags().indexOf(m.captured(1).toLower()));
        const QString closing = QLatin1StringView("</") + rawTags().at(tag);
        setFormat(0, int(text.size()), m_formats.codeBlock);
        highlightHtml(text, 0);
        if (!text.contains(closing, Qt::CaseInsensitive))
            setCurrentBlockState(StateRawHtml | (tag << RawTagShift));
        return true;
    }
    if (comment.match(text).hasMatch()) {
        highlightHtml(text, 0);
        return true;
    }
    // A tag alone on its line starts an HTML block, but cannot interrupt a paragraph.
    if (blockTag.match(text).hasMatch() ||
        ((previous & StateKindMask) != StateParagraph && loneTag.match(text).hasMatch())) {
        highlightHtml(text, 0);
        if ((currentBlockState() & StateKindMask) == StateNormal)
            setCurrentBlockState(StateHtmlBlock);
        return true;
    }
    return false;
}

bool MarkdownHighlighter::highlightMathBlockStart(const QString &text)
{
    static const QRegularExpression opening = pattern("^ {0,3}\\$\\$");

    if (!m_mathEnabled)
        return false;
    const QRegularExpressionMatch m = opening.match(text);
    if (!m.hasMatch())
        return false;
    setFormat(0, int(text.size()), m_formats.math);
    if (!text.mid(m.capturedEnd()).contains(QLatin1StringView("$$")))
        setCurrentBlockState(StateMathBlock);
    return true;
}

bool MarkdownHighlighter::highlightUnderline(const QString &text, int previous)
{
    if ((previous & StateKindMask) != StateParagraph)
        return false;
    if ((previous & TableHeaderFlag) && isDelimiterRow(text)) {
        setFormat(0, int(text.size()), m_formats.markup);
        setCurrentBlockState(StateTable);
        return true;
    }
    if ((previous & SetextTextFlag) && isSetextUnderline(text)) {
        QTextCharFormat marker = m_formats.heading;
        marker.setForeground(m_formats.markup.foreground());
        setFormat(0, int(text.size()), marker);
        return true;
    }
    return false;
}

MarkdownHighlighter::LineStart MarkdownHighlighter::highlightLineStart(const QString &text)
{
    static const QRegularExpression heading = pattern("^ {0,3}(#{1,6})(?=\\s|$)(.*?)(\\s+#+\\s*)?$");
    static const QRegularExpression rule = pattern("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    static const QRegularExpression quote = pattern("^ {0,3}(?:>\\s?)+");
    static const QRegularExpression listItem =
        pattern("^\\s*([-*+]|\\d{1,9}[.)])(\\s+\\[([ xX])\\])?(?=\\s|$)");

    if (const QRegularExpressionMatch m = heading.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_formats.heading);
        QTextCharFormat marker = m_formats.heading;
        marker.setForeground(m_formats.markup.foreground());
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), marker);
        if (m.capturedLength(3) > 0)
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), marker);
        return LineStart::Finished; // headings stay one colour; emphasis inside would only add noise
    }
    if (rule.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.markup);
        return LineStart::Finished;
    }

    LineStart start = LineStart::Plain;
    int rest = 0;
    if (const QRegularExpressionMatch m = quote.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_formats.blockQuote);
        QTextCharFormat marker = m_formats.blockQuote;
        marker.setForeground(m_formats.markup.foreground());
        marker.setFontItalic(false);
        setFormat(0, int(m.capturedLength()), marker);
        rest = int(m.capturedLength());
        start = LineStart::Marked;
    }
    if (const QRegularExpressionMatch m = listItem.match(text, rest);
        m.hasMatch() && (m.capturedStart() == rest || rest == 0)) {
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats.listMarker);
        if (m.capturedLength(2) > 0) {
            QTextCharFormat box = m_formats.listMarker;
            box.setFontWeight(QFont::Normal);
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), box);
            if (m.captured(3) != u" ")
                mergeFormat(int(m.capturedEnd()), int(text.size() - m.capturedEnd()), m_formats.taskDone);
        }
        start = LineStart::Marked;
    }
    return start;
}

void MarkdownHighlighter::highlightParagraphLine(const QString &text)
{
    // What the next line makes of this one is kept in this line's state: the next line reads
    // it, and an edit there re-highlights this line when it changes (followNextLine()).
    const int flags = lookaheadFlags(text, currentBlock().next());
    setCurrentBlockState(StateParagraph | flags);
    if (flags & TableHeaderFlag) {
        highlightTableRow(text, true);
    } else if (flags & SetextTextFlag) {
        setFormat(0, int(text.size()), m_formats.heading);
    } else {
        highlightInline(text);
    }
}

void MarkdownHighlighter::highlightTableRow(const QString &text, bool header)
{
    if (header)
        mergeFormat(0, int(text.size()), m_formats.tableHeader);
    highlightInline(text);
    for (const int pipe : cellPipes(text))
        mergeFormat(pipe, 1, m_formats.markup);
}

void MarkdownHighlighter::followNextLine(int position)
{
    // A paragraph line looks at the line after it (a setext underline or a table's delimiter
    // row turn it into a heading or a table header); an edit there may change what it is.
    const QTextBlock changed = document()->findBlock(position);
    const QTextBlock previous = changed.previous();
    if (!previous.isValid() || previous.blockNumber() >= m_frontier)
        return;
    const int state = previous.userState();
    if (state == StateNotHighlighted || (state & StateKindMask) != StateParagraph)
        return;
    if ((state & (SetextTextFlag | TableHeaderFlag)) != lookaheadFlags(previous.text(), changed))
        rehighlightBlock(previous);
}

void MarkdownHighlighter::highlightMisspellings(const QString &text, int stateBefore)
{
    auto *data = dynamic_cast<SpellBlockData *>(currentBlockUserData());
    if (!data) {
        data = new SpellBlockData;
        setCurrentBlockUserData(data);
    }
    const QTextBlock previous = currentBlock().previous();
    const SpellBlockData *previousData = SpellBlockData::of(previous);
    const int stateIn = previousData ? previousData->scanStateOut : MarkdownSpellScanner::InitialState;
    const int stateOut = m_spellScanner.scan(text, stateIn, !previous.isValid()).stateOut;
    const bool changed = !data->scanned || data->scanStateOut != stateOut;
    data->scanned = true;
    data->scanStateIn = stateIn;
    data->scanStateOut = stateOut;
    // QSyntaxHighlighter moves on to the next block only when this block's state changed. The
    // scanner's state does not fit beside ours in an int, so a change of it flips one bit.
    int toggle = stateBefore == StateNotHighlighted ? 0 : stateBefore & SpellToggle;
    if (changed)
        toggle ^= SpellToggle;
    setCurrentBlockState(currentBlockState() | toggle);

    for (const WordRange &word : m_spellSource(currentBlock(), text))
        mergeFormat(word.start, word.length, m_formats.misspelled);
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
