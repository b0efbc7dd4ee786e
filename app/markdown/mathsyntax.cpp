#include "mathsyntax.h"

#include "markdown/htmlescape.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace Postwright {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view inlineStart = "<span class=\"math math-inline\">"sv;
constexpr std::string_view displaySpanStart = "<span class=\"math math-display\">"sv;
constexpr std::string_view spanEnd = "</span>"sv;

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string escaped(std::string_view tex)
{
    std::string out;
    out.reserve(tex.size());
    appendHtmlEscaped(out, tex);
    return out;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

// Marks the code spans that stand for math where cmark allows no custom node: a table cell takes
// only the inline types the table extension lists, and drops any other child. Private-use
// characters, and each such node carries tableMathTag as user data, so a code span the writer
// started with the same characters is told apart (finishDocument() defuses it).
constexpr std::string_view tableMathMark = "\xEE\x80\x80\xEF\xA3\xBF"sv; // U+E000 U+F8FF
int tableMathTag = 0;

cmark_node *mathNode(cmark_node *parent, bool display, std::string_view tex)
{
    if (cmark_node_get_syntax_extension(parent)) {
        cmark_node *code = cmark_node_new(CMARK_NODE_CODE);
        const std::string literal = std::string(tableMathMark) + (display ? 'd' : 'i') + std::string(tex);
        cmark_node_set_literal(code, literal.c_str());
        cmark_node_set_user_data(code, &tableMathTag);
        return code;
    }
    cmark_node *node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    const std::string html =
        std::string(display ? displaySpanStart : inlineStart) + escaped(tex) + std::string(spanEnd);
    cmark_node_set_on_enter(node, html.c_str());
    return node;
}

// The inline parser's text, read through the extension API (which has no way to view the chunk
// without cmark's private headers): 0 past the end. cmark turns NUL into U+FFFD, so 0 is the end.
class Cursor
{
public:
    explicit Cursor(cmark_inline_parser *parser)
        : m_parser(parser)
    {}
    unsigned char at(int position) const
    {
        if (position < 0)
            return 0;
        cmark_inline_parser_set_offset(m_parser, position);
        return cmark_inline_parser_peek_char(m_parser);
    }
    std::string text(int from, int to) const
    {
        std::string result;
        result.reserve(size_t(to - from));
        for (int i = from; i < to; ++i)
            result += char(at(i));
        return result;
    }
    void moveTo(int position) const { cmark_inline_parser_set_offset(m_parser, position); }

private:
    cmark_inline_parser *m_parser;
};

// Called by cmark at each `$` outside code spans and escapes. Returns the node for the math that
// starts here (offset moved past it), or null with the offset where it was.
cmark_node *matchMath(cmark_syntax_extension *, cmark_parser *, cmark_node *parent, unsigned char character,
                      cmark_inline_parser *parser)
{
    if (character != '$')
        return nullptr;
    const Cursor text(parser);
    const int start = cmark_inline_parser_get_offset(parser);
    if (text.at(start + 1) == '$') {
        // $$…$$: anything up to the next unescaped $$.
        for (int i = start + 2;; ++i) {
            const unsigned char c = text.at(i);
            if (c == '\\' && text.at(i + 1)) {
                ++i;
                continue;
            }
            if (c == 0 || (c == '$' && text.at(i + 1) == '$' && i == start + 2)) {
                // No closing $$ (or an empty pair): both dollars are text, not an inline $ each.
                cmark_node *dollars = cmark_node_new(CMARK_NODE_TEXT);
                cmark_node_set_literal(dollars, "$$");
                text.moveTo(start + 2);
                return dollars;
            }
            if (c == '$' && text.at(i + 1) == '$') {
                const std::string tex = text.text(start + 2, i);
                text.moveTo(i + 2);
                return mathNode(parent, true, trimmed(tex));
            }
        }
    }
    // $…$: pandoc's rules keep prices and shell variables out.
    if (const unsigned char first = text.at(start + 1); first == 0 || isSpace(first)) {
        text.moveTo(start);
        return nullptr;
    }
    for (int i = start + 1;; ++i) {
        const unsigned char c = text.at(i);
        if (c == '\\' && text.at(i + 1)) {
            ++i;
            continue;
        }
        const bool closes =
            c == '$' && !isSpace(text.at(i - 1)) && !(text.at(i + 1) >= '0' && text.at(i + 1) <= '9');
        if (c == 0 || (c == '$' && !closes)) {
            text.moveTo(start);
            return nullptr;
        }
        if (closes) {
            const std::string tex = text.text(start + 1, i);
            text.moveTo(i + 1);
            return mathNode(parent, false, tex);
        }
    }
}

// Lines of the text: [start, end) without the line break.
std::vector<std::pair<qsizetype, qsizetype>> lines(const QByteArray &text)
{
    std::vector<std::pair<qsizetype, qsizetype>> result;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        result.emplace_back(start, end);
        start = end + 1;
    }
    return result;
}

// The container markup a line starts with: indentation and blockquote markers.
size_t prefixLength(std::string_view line)
{
    const size_t end = line.find_first_not_of(" \t>"sv);
    return end == std::string_view::npos ? line.size() : end;
}

int quoteDepth(std::string_view line)
{
    const std::string_view prefix = line.substr(0, prefixLength(line));
    return int(std::count(prefix.begin(), prefix.end(), '>'));
}

bool isDollarLine(std::string_view line)
{
    return trimmed(line.substr(prefixLength(line))) == "$$"sv;
}

bool isBlank(std::string_view line)
{
    return trimmed(line).empty();
}

std::string sourcePos(int startLine, int startColumn, int endLine, int endColumn)
{
    return " data-sourcepos=\"" + std::to_string(startLine) + ':' + std::to_string(startColumn) + '-' +
           std::to_string(endLine) + ':' + std::to_string(endColumn) + '"';
}

bool isFenceOf(cmark_node *node, const MathSyntax::DisplayFence &fence)
{
    int length = 0;
    int offset = 0;
    char character = 0;
    return cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK &&
           cmark_node_get_fenced(node, &length, &offset, &character) && length == fence.fenceLength &&
           cmark_node_get_end_line(node) == fence.closeLine &&
           std::string_view(cmark_node_get_fence_info(node)) == "math"sv;
}

// Every node of a kind, collected first: the tree is changed afterwards.
std::vector<cmark_node *> nodesOfType(cmark_node *document, cmark_node_type type)
{
    std::vector<cmark_node *> nodes;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == type)
            nodes.push_back(node);
    }
    cmark_iter_free(iter);
    return nodes;
}

void replaceWithBlock(cmark_node *node, const std::string &html)
{
    cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(block, html.c_str());
    cmark_node_replace(node, block);
    cmark_node_free(node);
}

} // namespace

cmark_syntax_extension *MathSyntax::inlineExtension()
{
    static cmark_syntax_extension *extension = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        extension = cmark_syntax_extension_new("postwright-math");
        cmark_syntax_extension_set_match_inline_func(extension, matchMath);
        cmark_syntax_extension_set_special_inline_chars(
            extension, cmark_llist_append(cmark_get_default_mem_allocator(), nullptr,
                                          reinterpret_cast<void *>(std::uintptr_t('$'))));
    });
    return extension;
}

QByteArray MathSyntax::fenceDisplayBlocks(const QByteArray &utf8, const QSet<int> &skip,
                                          QList<DisplayFence> *fences)
{
    fences->clear();
    if (!utf8.contains("$$"))
        return {};
    const auto all = lines(utf8);
    const std::string_view text(utf8.constData(), size_t(utf8.size()));
    const auto line = [&](size_t index) {
        return text.substr(size_t(all[index].first), size_t(all[index].second - all[index].first));
    };
    for (size_t open = 0; open < all.size(); ++open) {
        if (skip.contains(int(open + 1)) || !isDollarLine(line(open)))
            continue;
        // The closing $$ in the same blockquote; every line between must stay inside the opening
        // line's container too, or the block would end early and the fence run on to the end.
        const std::string_view openLine = line(open);
        const std::string_view indent = openLine.substr(0, prefixLength(openLine));
        const int depth = quoteDepth(openLine);
        int longestTicks = 0;
        size_t close = open + 1;
        for (; close < all.size(); ++close) {
            const std::string_view content = line(close);
            if (isDollarLine(content) && quoteDepth(content) == depth)
                break;
            const bool inside =
                depth > 0 ? quoteDepth(content) >= depth : isBlank(content) || content.starts_with(indent);
            if (!inside) {
                close = all.size();
                break;
            }
            int run = 0;
            for (char c : content) {
                run = c == '`' ? run + 1 : 0;
                longestTicks = std::max(longestTicks, run);
            }
        }
        if (close >= all.size())
            continue;
        fences->append({int(open + 1), int(close + 1), std::max(3, longestTicks + 1)});
        open = close;
    }
    if (fences->isEmpty())
        return {};

    QByteArray fenced;
    fenced.reserve(utf8.size() + fences->size() * 16);
    qsizetype copied = 0;
    for (const DisplayFence &fence : std::as_const(*fences)) {
        for (int lineNumber : {fence.openLine, fence.closeLine}) {
            const auto [start, end] = all[size_t(lineNumber - 1)];
            const qsizetype prefix = qsizetype(prefixLength(line(size_t(lineNumber - 1))));
            fenced += QByteArrayView(utf8.constData() + copied, start + prefix - copied);
            fenced += QByteArray(fence.fenceLength, '`');
            if (lineNumber == fence.openLine)
                fenced += "math";
            copied = end;
        }
    }
    fenced += QByteArrayView(utf8.constData() + copied, utf8.size() - copied);
    return fenced;
}

QSet<int> MathSyntax::missedFences(cmark_node *document, const QList<DisplayFence> &fences)
{
    QSet<int> missed;
    if (fences.isEmpty())
        return missed;
    QHash<int, const DisplayFence *> byLine;
    for (const DisplayFence &fence : fences) {
        byLine.insert(fence.openLine, &fence);
        missed.insert(fence.openLine);
    }
    for (cmark_node *block : nodesOfType(document, CMARK_NODE_CODE_BLOCK)) {
        const DisplayFence *fence = byLine.value(cmark_node_get_start_line(block));
        if (fence && isFenceOf(block, *fence))
            missed.remove(fence->openLine);
    }
    return missed;
}

void MathSyntax::finishDocument(cmark_node *document, const QList<DisplayFence> &fences, bool sourcePositions)
{
    const auto divStart = [sourcePositions](cmark_node *node, int endColumnShift) {
        std::string start = "<div class=\"math math-display\"";
        if (sourcePositions)
            start +=
                sourcePos(cmark_node_get_start_line(node), cmark_node_get_start_column(node),
                          cmark_node_get_end_line(node), cmark_node_get_end_column(node) - endColumnShift);
        return start + '>';
    };

    QHash<int, const DisplayFence *> byLine;
    for (const DisplayFence &fence : fences)
        byLine.insert(fence.openLine, &fence);
    if (!byLine.isEmpty()) {
        for (cmark_node *block : nodesOfType(document, CMARK_NODE_CODE_BLOCK)) {
            const DisplayFence *fence = byLine.value(cmark_node_get_start_line(block));
            if (!fence || !isFenceOf(block, *fence))
                continue;
            const char *literal = cmark_node_get_literal(block);
            // The closing fence is longer than the $$ it stands for: the position names the $$.
            replaceWithBlock(block, divStart(block, fence->fenceLength - 2) +
                                        escaped(trimmed(literal ? literal : "")) + "</div>");
        }
    }

    // The writer's own code spans that start like table math (only when there is table math,
    // so a post without math renders as it does with math off).
    std::vector<cmark_node *> lookalikes;
    bool tableMath = false;
    for (cmark_node *code : nodesOfType(document, CMARK_NODE_CODE)) {
        const char *literal = cmark_node_get_literal(code);
        if (cmark_node_get_user_data(code) == &tableMathTag)
            tableMath = true;
        else if (literal && std::string_view(literal).starts_with(tableMathMark))
            lookalikes.push_back(code);
    }
    for (cmark_node *code : tableMath ? lookalikes : std::vector<cmark_node *>()) {
        const std::string defused = "\xEF\xBF\xBD" + std::string(cmark_node_get_literal(code) + 3); // U+FFFD
        cmark_node_set_literal(code, defused.c_str());
    }

    // A paragraph of nothing but $$…$$ is a display block itself, not a paragraph around one.
    for (cmark_node *paragraph : nodesOfType(document, CMARK_NODE_PARAGRAPH)) {
        cmark_node *child = cmark_node_first_child(paragraph);
        if (!child || child != cmark_node_last_child(paragraph) ||
            cmark_node_get_type(child) != CMARK_NODE_CUSTOM_INLINE)
            continue;
        const char *onEnter = cmark_node_get_on_enter(child);
        const std::string_view span = onEnter ? onEnter : "";
        if (!span.starts_with(displaySpanStart))
            continue;
        const std::string_view tex =
            span.substr(displaySpanStart.size(), span.size() - displaySpanStart.size() - spanEnd.size());
        replaceWithBlock(paragraph, divStart(paragraph, 0) + std::string(tex) + "</div>");
    }
}

void MathSyntax::finishHtml(QString &html)
{
    static const QString codeStart =
        u"<code>"_qs + QString::fromUtf8(tableMathMark.data(), qsizetype(tableMathMark.size()));
    for (qsizetype at = html.indexOf(codeStart); at >= 0; at = html.indexOf(codeStart, at)) {
        const qsizetype texStart = at + codeStart.size() + 1;
        const qsizetype end = html.indexOf(u"</code>", texStart);
        if (texStart > html.size() || end < 0)
            break;
        // cmark escaped the code span's text exactly as the math markup wants its TeX.
        const QString tex = html.mid(texStart, end - texStart);
        const bool display = html.at(texStart - 1) == u'd';
        const QString span =
            QString::fromLatin1(display ? displaySpanStart.data() : inlineStart.data(),
                                qsizetype(display ? displaySpanStart.size() : inlineStart.size())) +
            tex + u"</span>"_qs;
        html.replace(at, end + 7 - at, span);
        at += span.size();
    }
}

} // namespace Postwright
