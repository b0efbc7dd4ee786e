#include "markdownspellscanner.h"

#include "spell/inlinewordscanner.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace Postwright {

namespace {

using Context = MarkdownSpellScanner::Context;
using Options = MarkdownSpellScanner::Options;

constexpr int MaxListIndent = 31;
constexpr int MaxFenceLength = 255;
constexpr std::array<QStringView, 4> RawTags = {u"script", u"style", u"pre", u"textarea"};

// The per-line state, unpacked (the layout is in the header).
struct State
{
    Context context = Context::Normal;
    bool paragraph = false;
    int listIndent = 0;
    bool tildeFence = false;
    int fenceLength = 0;
    int rawTag = 0;
    char16_t quote = 0;

    static State decode(int value)
    {
        State s;
        if (value <= 0)
            return s;
        const int context = value & 0xF;
        if (context > int(Context::MathBlock))
            return s;
        s.context = Context(context);
        s.paragraph = value & (1 << 4);
        s.listIndent = (value >> 5) & 0x1F;
        s.tildeFence = value & (1 << 10);
        s.fenceLength = (value >> 11) & 0xFF;
        s.rawTag = (value >> 19) & 0x3;
        const int quote = (value >> 21) & 0x3;
        s.quote = quote == 1 ? u'\'' : quote == 2 ? u'"' : 0;
        return s;
    }

    int encode() const
    {
        const int quoteBits = quote == u'\'' ? 1 : quote == u'"' ? 2 : 0;
        return int(context) | (paragraph ? 1 << 4 : 0) | (std::clamp(listIndent, 0, MaxListIndent) << 5) |
               (tildeFence ? 1 << 10 : 0) | (std::clamp(fenceLength, 0, MaxFenceLength) << 11) |
               ((rawTag & 0x3) << 19) | (quoteBits << 21);
    }
};

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

// Columns of leading spaces and tabs from `from` (tabs stop every 4 columns); *end is where the
// text starts.
int leadingColumns(QStringView line, qsizetype from, qsizetype *end)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < from; ++i)
        column = line[i] == u'\t' ? column + 4 - column % 4 : column + 1;
    const int start = column;
    for (; i < line.size() && (line[i] == u' ' || line[i] == u'\t'); ++i)
        column = line[i] == u'\t' ? column + 4 - column % 4 : column + 1;
    *end = i;
    return column - start;
}

int columnOf(QStringView line, qsizetype index)
{
    int column = 0;
    for (qsizetype i = 0; i < index && i < line.size(); ++i)
        column = line[i] == u'\t' ? column + 4 - column % 4 : column + 1;
    return column;
}

qsizetype runLength(QStringView s, qsizetype from, QChar c)
{
    qsizetype i = from;
    while (i < s.size() && s[i] == c)
        ++i;
    return i - from;
}

// "---", "+++" or "..." alone on the line (trailing spaces allowed), as FrontMatter::split reads it.
bool isDelimiterLine(QStringView line, QStringView delimiter)
{
    QStringView trimmed = line;
    while (!trimmed.isEmpty() && trimmed.back().isSpace())
        trimmed.chop(1);
    return trimmed == delimiter;
}

bool isThematicBreak(QStringView rest)
{
    if (rest.isEmpty() || (rest[0] != u'-' && rest[0] != u'*' && rest[0] != u'_'))
        return false;
    int count = 0;
    for (QChar c : rest) {
        if (c == rest[0])
            ++count;
        else if (!c.isSpace())
            return false;
    }
    return count >= 3;
}

// Where a list item's text starts when rest opens one ("- ", "* ", "+ ", "1. ", "1) "), else -1.
qsizetype listItemText(QStringView rest)
{
    qsizetype i = 0;
    if (rest.startsWith(u'-') || rest.startsWith(u'*') || rest.startsWith(u'+')) {
        i = 1;
    } else {
        while (i < rest.size() && i < 9 && rest[i].isDigit())
            ++i;
        if (i == 0 || i >= rest.size() || (rest[i] != u'.' && rest[i] != u')'))
            return -1;
        ++i;
    }
    if (i < rest.size() && rest[i] != u' ' && rest[i] != u'\t')
        return -1;
    while (i < rest.size() && (rest[i] == u' ' || rest[i] == u'\t'))
        ++i;
    return i;
}

// "[label]: destination" optionally followed by a quoted title: nothing in it is prose.
bool isReferenceDefinition(QStringView rest)
{
    const qsizetype close = rest.indexOf(u']');
    if (!rest.startsWith(u'[') || close < 2 || close + 1 >= rest.size() || rest[close + 1] != u':')
        return false;
    qsizetype i = close + 2;
    while (i < rest.size() && rest[i].isSpace())
        ++i;
    while (i < rest.size() && !rest[i].isSpace())
        ++i;
    while (i < rest.size() && rest[i].isSpace())
        ++i;
    return i == rest.size() || rest[i] == u'"' || rest[i] == u'\'' || rest[i] == u'(';
}

// The index of the <script>/<style>/<pre>/<textarea> tag rest opens with, else -1.
int rawTagAt(QStringView rest)
{
    if (!rest.startsWith(u'<'))
        return -1;
    for (int tag = 0; tag < int(RawTags.size()); ++tag) {
        const QStringView name = RawTags[tag];
        if (rest.size() >= name.size() + 1 &&
            rest.sliced(1, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            const qsizetype after = name.size() + 1;
            if (after == rest.size() || rest[after] == u'>' || rest[after].isSpace())
                return tag;
        }
    }
    return -1;
}

bool containsClosingTag(QStringView text, QStringView name)
{
    for (qsizetype i = text.indexOf(u"</"); i >= 0; i = text.indexOf(u"</", i + 2)) {
        if (text.size() >= i + 2 + name.size() &&
            text.sliced(i + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// One line's worth of scanning: the state it updates and the words it finds.
struct LineScanner
{
    QStringView line;
    State &state;
    const Options &options;
    QList<WordRange> &words;

    void scanBlock();
    void scanInline(qsizetype from);
};

// The inline text from `from` on; a comment or tag left open continues on the next line.
void LineScanner::scanInline(qsizetype from)
{
    InlineWordScanner scanner(line, options.skipAbbreviations, &words);
    switch (scanner.scan(from)) {
    case InlineWordScanner::Open::Nothing:
        break;
    case InlineWordScanner::Open::HtmlComment:
        state.context = Context::HtmlComment;
        break;
    case InlineWordScanner::Open::HtmlTag:
        state.context = Context::HtmlTag;
        state.quote = scanner.openQuote();
        break;
    }
}

// A line in Normal context: first what kind of block it is, then its inline text.
void LineScanner::scanBlock()
{
    if (isBlank(line)) {
        state.paragraph = false;
        return;
    }
    qsizetype pos = 0;
    const int indent = leadingColumns(line, 0, &pos);
    if (state.listIndent > 0 && indent < state.listIndent && !state.paragraph)
        state.listIndent = 0;
    const int relative = state.listIndent > 0 ? indent - state.listIndent : indent;
    // An indented code block, unless it continues a paragraph or a list item's text.
    if (relative >= 4 && !state.paragraph)
        return;
    // Block quote markers: what follows them is read like a line of its own.
    while (pos < line.size() && line[pos] == u'>')
        leadingColumns(line, pos + 1, &pos);

    state.paragraph = false;
    QStringView rest = line.sliced(pos);
    const auto opensFence = [this](QStringView text) {
        const QChar c = text.isEmpty() ? QChar() : text[0];
        const qsizetype length = (c == u'`' || c == u'~') ? runLength(text, 0, c) : 0;
        if (length < 3 || (c == u'`' && text.sliced(length).contains(u'`')))
            return false;
        state.context = Context::FencedCode;
        state.tildeFence = c == u'~';
        state.fenceLength = int(std::min<qsizetype>(length, MaxFenceLength));
        return true;
    };
    if (opensFence(rest))
        return;
    if (rest.startsWith(u"$$")) {
        if (!rest.sliced(2).contains(u"$$"))
            state.context = Context::MathBlock;
        return;
    }
    if (isThematicBreak(rest))
        return;
    if (const qsizetype text = listItemText(rest); text > 0) {
        pos += text;
        state.listIndent = std::min(columnOf(line, pos), MaxListIndent);
        rest = line.sliced(pos);
        if (rest.startsWith(u"[ ]") || rest.startsWith(u"[x]") || rest.startsWith(u"[X]")) {
            pos += 3;
            rest = line.sliced(pos);
        }
        if (opensFence(rest))
            return;
    }
    if (rest.startsWith(u"[^")) {
        // A footnote definition: the label is not prose, the note is.
        const qsizetype close = rest.indexOf(u"]:");
        if (close > 0) {
            pos += close + 2;
            rest = line.sliced(pos);
        }
    } else if (isReferenceDefinition(rest)) {
        return;
    }
    if (const int tag = rawTagAt(rest); tag >= 0) {
        if (!containsClosingTag(rest, RawTags[tag])) {
            state.context = Context::RawHtml;
            state.rawTag = tag;
        }
        return;
    }
    const qsizetype hashes = runLength(rest, 0, u'#');
    const bool heading = hashes >= 1 && hashes <= 6 && (hashes == rest.size() || rest[hashes].isSpace());
    state.paragraph = !heading;
    scanInline(pos);
}

// The line that may close a fence: its fence character, at least as many, nothing after but
// spaces. Indentation and block quote markers in front are allowed.
bool closesFence(QStringView line, const State &state)
{
    qsizetype pos = 0;
    leadingColumns(line, 0, &pos);
    while (pos < line.size() && line[pos] == u'>')
        leadingColumns(line, pos + 1, &pos);
    const QChar c = state.tildeFence ? u'~' : u'`';
    const qsizetype length = runLength(line, pos, c);
    return length >= std::max(3, state.fenceLength) && isBlank(line.sliced(pos + length));
}

} // namespace

MarkdownSpellScanner::Context MarkdownSpellScanner::contextOf(int state)
{
    return State::decode(state).context;
}

MarkdownSpellScanner::Line MarkdownSpellScanner::scan(QStringView line, int stateIn,
                                                      bool firstLineOfFile) const
{
    Line result;
    State state = firstLineOfFile ? State() : State::decode(stateIn);
    LineScanner scanner{line, state, m_options, result.words};

    switch (state.context) {
    case Context::Normal:
        if (firstLineOfFile && isDelimiterLine(line, u"---"))
            state.context = Context::YamlFrontMatter;
        else if (firstLineOfFile && isDelimiterLine(line, u"+++"))
            state.context = Context::TomlFrontMatter;
        else
            scanner.scanBlock();
        break;
    case Context::YamlFrontMatter:
        if (isDelimiterLine(line, u"---") || isDelimiterLine(line, u"..."))
            state = State();
        break;
    case Context::TomlFrontMatter:
        if (isDelimiterLine(line, u"+++"))
            state = State();
        break;
    case Context::FencedCode:
        if (closesFence(line, state)) {
            state.context = Context::Normal;
            state.tildeFence = false;
            state.fenceLength = 0;
            state.paragraph = false;
        }
        break;
    case Context::MathBlock:
        if (line.contains(u"$$")) {
            state.context = Context::Normal;
            state.paragraph = false;
        }
        break;
    case Context::RawHtml:
        if (containsClosingTag(line, RawTags[state.rawTag])) {
            state.context = Context::Normal;
            state.rawTag = 0;
            state.paragraph = false;
        }
        break;
    case Context::HtmlComment:
        if (const qsizetype close = line.indexOf(u"-->"); close >= 0) {
            state.context = Context::Normal;
            scanner.scanInline(close + 3);
        }
        break;
    case Context::HtmlTag:
        if (isBlank(line)) { // a tag never spans a blank line: recover from a stray '<'
            state.context = Context::Normal;
            state.quote = 0;
            state.paragraph = false;
        } else if (const qsizetype close = InlineWordScanner::tagEnd(line, 0, &state.quote); close >= 0) {
            state.context = Context::Normal;
            scanner.scanInline(close);
        }
        break;
    }
    result.stateOut = state.encode();
    return result;
}

} // namespace Postwright
