#include "tomlfrontmatteredit.h"

#include "blog/frontmatter.h"
#include "blog/frontmatterfields.h"
#include "blog/tomlscalar.h"
#include "blog/yamlscalar.h"
#include "util/logging.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <toml++/toml.h>

#include <algorithm>
#include <limits>

// Why a line editor on top of toml++: toml++ reads TOML exactly, but it does not round-trip
// formatting. Its writer prints a table its own way (keys sorted, comments and blank lines dropped,
// quotes, arrays and dates normalised), so saving a post through it would rewrite every line of
// the writer's front matter. Here toml++ only validates the block and says where each top-level key
// and its value sit (node.source()); the edit replaces the lines of the one key that changes, and
// toml++ checks the result before it is kept.

namespace Postwright {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    // The reader's context: the writer sees the same words whoever found the problem.
    return QCoreApplication::translate("Postwright::FrontMatter", text);
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isFillerLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

// toml++'s positions (1-based lines of the block, 1-based columns counted in code points) as
// indexes into the whole post text.
class Positions
{
public:
    Positions(const QString &text, qsizetype blockStart, qsizetype blockEnd)
        : m_text(text)
        , m_blockEnd(blockEnd)
    {
        for (qsizetype at = blockStart; at < blockEnd;) {
            m_lineStarts.append(at);
            const qsizetype lf = text.indexOf(u'\n', at);
            at = lf < 0 || lf >= blockEnd ? blockEnd : lf + 1;
        }
    }

    // One past the last line is the block's end.
    qsizetype lineStart(int line) const
    {
        return line >= 1 && line <= m_lineStarts.size() ? m_lineStarts.at(line - 1) : m_blockEnd;
    }
    QStringView lineText(int line) const
    {
        const qsizetype start = lineStart(line);
        qsizetype end = lineStart(line + 1);
        if (end > start && m_text.at(end - 1) == u'\n')
            --end;
        return QStringView(m_text).sliced(start, end - start);
    }
    qsizetype index(const toml::source_position &position) const
    {
        const int line = int(position.line);
        qsizetype at = lineStart(line);
        const qsizetype end = lineStart(line + 1);
        for (uint32_t column = 1; column < position.column && at < end; ++column)
            at += m_text.at(at).isHighSurrogate() && at + 1 < end ? 2 : 1;
        return at;
    }

private:
    const QString &m_text;
    qsizetype m_blockEnd;
    QList<qsizetype> m_lineStarts;
};

bool isTableArray(const toml::node &node)
{
    const toml::array *array = node.as_array();
    return array && !array->empty() && array->is_array_of_tables() && !array->front().as_table()->is_inline();
}

// A `[table]` or `[[array]]` line: the node starts at the line's first `[`.
bool startsAtHeader(const toml::node &node, const Positions &positions)
{
    const toml::source_position begin = node.source().begin;
    if (begin.line == 0)
        return false;
    const QStringView line = positions.lineText(int(begin.line));
    const qsizetype at = positions.index(begin) - positions.lineStart(int(begin.line));
    return at < line.size() && line.at(at) == u'[' && line.first(at).trimmed().isEmpty();
}

// The first table header's line in the block, 0 when there is none. Tables nest ([params.sub]
// under a dotted params.toc), so every table counts, not only the top-level ones.
void findFirstHeader(const toml::node &node, const Positions &positions, int &first)
{
    const bool header = (node.is_table() && !node.as_table()->is_inline()) || isTableArray(node);
    if (header && startsAtHeader(node, positions)) {
        const int line = int(node.source().begin.line);
        first = first == 0 ? line : std::min(first, line);
    }
    if (const toml::table *table = node.as_table()) {
        for (auto &&[key, value] : *table)
            findFirstHeader(value, positions, first);
    } else if (const toml::array *array = node.as_array()) {
        for (const toml::node &value : *array)
            findFirstHeader(value, positions, first);
    }
}

// The last line that a value starting before line `before` ends on; 0 when none does.
void findLastLineBefore(const toml::node &node, int before, int &last)
{
    const toml::source_region where = node.source();
    if (where.begin.line > 0 && int(where.begin.line) < before)
        last = std::max(last, int(where.end.line));
    if (const toml::table *table = node.as_table()) {
        for (auto &&[key, value] : *table)
            findLastLineBefore(value, before, last);
    } else if (const toml::array *array = node.as_array()) {
        for (const toml::node &value : *array)
            findLastLineBefore(value, before, last);
    }
}

// Where one top-level key sits in the whole post text.
struct Entry
{
    enum class Kind { Value, Table }; // Table: a [header] table, an array of tables or dotted keys

    QString key;
    Kind kind = Kind::Value;
    toml::node_type type = toml::node_type::none;
    QString stringValue; // for strings: the value as read
    int line = 0;        // of the key in the block: the file order
    int column = 0;
    qsizetype start = 0;      // start of the key's line
    qsizetype valueStart = 0; // the value's first character
    qsizetype valueEnd = 0;   // just after the value
    qsizetype end = 0;        // just after the LF of the value's last line
};

struct Layout
{
    qsizetype blockStart = 0;
    qsizetype blockEnd = 0;
    qsizetype rootEnd = 0; // where a key goes that nothing else places: after the last top-level value
    QList<Entry> entries;  // file order
    int literalStrings = 0;
    int basicStrings = 0;

    const Entry *find(const QString &key) const
    {
        for (const Entry &entry : entries) {
            if (entry.key == key)
                return &entry;
        }
        // Hugo reads front matter keys without regard to case: `Title` is the title.
        for (const Entry &entry : entries) {
            if (entry.key.compare(key, Qt::CaseInsensitive) == 0)
                return &entry;
        }
        return nullptr;
    }
};

Result<Layout> analyze(const QString &text)
{
    const FrontMatterSplit split = FrontMatter::split(text);
    Layout layout;
    if (!split.hasFrontMatter || split.format != FrontMatterSplit::Format::Toml) {
        return SourceError{{}, 1, 1, tr("The front matter is not TOML between +++ lines.")};
    }
    if (split.unclosed)
        return FrontMatter::parse(text).error(); // never closed: add a line with +++
    layout.blockStart = text.indexOf(u'\n') + 1;
    layout.blockEnd = layout.blockStart + split.yaml.size();

    const std::string source = split.yaml.toStdString();
    toml::table root;
    try {
        root = toml::parse(source);
    } catch (const toml::parse_error &e) {
        const toml::source_position where = e.source().begin;
        return SourceError{{},
                           split.yamlFirstLine + std::max(int(where.line), 1) - 1,
                           std::max(int(where.column), 1),
                           tr("Invalid TOML: %1.").arg(fromStd(e.description()))};
    }

    const Positions positions(text, layout.blockStart, layout.blockEnd);
    int firstHeader = 0;
    for (auto &&[key, value] : root)
        findFirstHeader(value, positions, firstHeader);
    const int rootSectionEnd = firstHeader > 0 ? firstHeader : std::numeric_limits<int>::max();

    for (auto &&[key, value] : root) {
        Entry entry;
        entry.key = fromStd(key.str());
        entry.line = int(key.source().begin.line);
        entry.column = int(key.source().begin.column);
        entry.type = value.type();
        const bool table = (value.is_table() && !value.as_table()->is_inline()) || isTableArray(value);
        if (table || entry.line >= rootSectionEnd) {
            entry.kind = Entry::Kind::Table;
            layout.entries.append(entry);
            continue;
        }
        const toml::source_region where = value.source();
        entry.start = positions.lineStart(entry.line);
        entry.valueStart = positions.index(where.begin);
        entry.valueEnd = positions.index(where.end);
        entry.end = positions.lineStart(int(where.end.line) + 1);
        if (const toml::value<std::string> *string = value.as_string()) {
            entry.stringValue = fromStd(string->get());
            (text.at(entry.valueStart) == u'\'' ? layout.literalStrings : layout.basicStrings) += 1;
        }
        layout.entries.append(entry);
    }
    // toml++ keeps a table's keys sorted; the file's order is their source order.
    std::sort(layout.entries.begin(), layout.entries.end(), [](const Entry &a, const Entry &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });

    int lastLine = 0;
    for (auto &&[key, value] : root)
        findLastLineBefore(value, rootSectionEnd, lastLine);
    if (lastLine > 0) {
        layout.rootEnd = positions.lineStart(lastLine + 1);
    } else if (firstHeader > 0) {
        // Comments right above a table header describe that table: a new key goes above them.
        int line = firstHeader;
        while (line > 1 && isFillerLine(positions.lineText(line - 1)))
            --line;
        layout.rootEnd = positions.lineStart(line);
    } else {
        layout.rootEnd = layout.blockEnd;
    }
    return layout;
}

// The key's current lines, taken apart so a new value can be written in the same shape.
struct Existing
{
    QString keyPrefix; // `title = ` exactly as written: indentation, quoted key, spaces around `=`
    QString raw;       // the value as written, over several lines for multi-line strings and arrays
    QString comment;   // what follows the value on its last line: spaces and a comment
    toml::node_type type = toml::node_type::none;
    QString stringValue;

    static Existing read(const QString &text, const Entry &entry)
    {
        Existing e;
        e.keyPrefix = text.sliced(entry.start, entry.valueStart - entry.start);
        e.raw = text.sliced(entry.valueStart, entry.valueEnd - entry.valueStart);
        e.comment = text.sliced(entry.valueEnd, entry.end - entry.valueEnd);
        if (e.comment.endsWith(u'\n'))
            e.comment.chop(1);
        e.type = entry.type;
        e.stringValue = entry.stringValue;
        return e;
    }

    static Existing fresh(const QString &key)
    {
        Existing e;
        e.keyPrefix = TomlScalar::key(key) + u" = "_s;
        return e;
    }

    QString keyLine(const QString &value) const { return keyPrefix + value + comment + u'\n'; }
};

using Quote = TomlScalar::Quote;

// The quotes a new key takes: those most of the block's strings use.
Quote usualQuote(const Layout &layout)
{
    return layout.literalStrings > layout.basicStrings ? Quote::Literal : Quote::Basic;
}

std::optional<Existing> existingValue(const Layout &layout, const QString &text, const QString &key)
{
    const Entry *entry = layout.find(key);
    if (!entry || entry->kind != Entry::Kind::Value)
        return std::nullopt;
    return Existing::read(text, *entry);
}

// Where a new key goes: after the nearest key that usually comes before it, else before the first in
// the file of those that usually follow it, else after the last top-level value. Never among or
// after the tables.
qsizetype insertionPoint(const Layout &layout, const QString &key)
{
    const QStringList &order = FrontMatterFields::keyOrder();
    qsizetype index = order.indexOf(key);
    for (qsizetype i = 0; index < 0 && i < order.size(); ++i) {
        if (order.at(i).compare(key, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index >= 0) {
        for (qsizetype i = index - 1; i >= 0; --i) {
            const Entry *entry = layout.find(order.at(i));
            if (entry && entry->kind == Entry::Kind::Value)
                return entry->end;
        }
        const Entry *next = nullptr;
        for (qsizetype i = index + 1; i < order.size(); ++i) {
            const Entry *entry = layout.find(order.at(i));
            if (entry && entry->kind == Entry::Kind::Value && (!next || entry->start < next->start))
                next = entry;
        }
        if (next)
            return next->start;
    }
    return layout.rootEnd;
}

} // namespace

TomlFrontMatterEdit::TomlFrontMatterEdit(const QString &postText)
    : m_text(postText)
{
    if (const Result<Layout> layout = analyze(m_text); !layout)
        m_error = layout.error();
}

bool TomlFrontMatterEdit::hasKey(const QString &key) const
{
    const Result<Layout> layout = analyze(m_text);
    return layout && layout.value().find(key);
}

QStringList TomlFrontMatterEdit::keys() const
{
    QStringList keys;
    if (const Result<Layout> layout = analyze(m_text)) {
        for (const Entry &entry : layout.value().entries)
            keys.append(entry.key);
    }
    return keys;
}

void TomlFrontMatterEdit::replaceKey(const QString &key, const QString &lines)
{
    if (m_error)
        return;
    const Result<Layout> analyzed = analyze(m_text);
    if (!analyzed) {
        qCWarning(lcBlog) << "front matter edit: the TOML became unreadable:" << analyzed.error().toString();
        return;
    }
    const Layout &layout = analyzed.value();
    QString next = m_text;
    if (const Entry *entry = layout.find(key)) {
        if (entry->kind == Entry::Kind::Table) {
            qCWarning(lcBlog) << "front matter edit: leaving the TOML table" << entry->key << "as it is";
            return;
        }
        next.replace(entry->start, entry->end - entry->start, lines);
    } else if (lines.isEmpty()) {
        return;
    } else {
        next.insert(insertionPoint(layout, key), lines);
    }
    // A soft check: writing a value must never make the block unreadable or lose the key.
    const Result<Layout> check = analyze(next);
    if (!check || (!lines.isEmpty() && !check.value().find(key))) {
        qCWarning(lcBlog) << "front matter edit: refusing a change to" << key << "that would break the TOML";
        return;
    }
    m_text = next;
}

void TomlFrontMatterEdit::setString(const QString &key, const QString &value)
{
    const Result<Layout> layout = analyze(m_text);
    if (!layout)
        return;
    const std::optional<Existing> old = existingValue(layout.value(), m_text, key);
    const Existing e = old.value_or(Existing::fresh(key));
    const Quote fallback = usualQuote(layout.value());
    const Quote quote = e.type == toml::node_type::string ? TomlScalar::quoteOf(e.raw, fallback) : fallback;
    replaceKey(key, e.keyLine(TomlScalar::string(value, quote)));
}

void TomlFrontMatterEdit::setBool(const QString &key, bool value)
{
    const Result<Layout> layout = analyze(m_text);
    if (!layout)
        return;
    const Existing e = existingValue(layout.value(), m_text, key).value_or(Existing::fresh(key));
    replaceKey(key, e.keyLine(value ? u"true"_s : u"false"_s));
}

void TomlFrontMatterEdit::setDateTime(const QString &key, const QDateTime &value)
{
    if (!value.isValid()) {
        remove(key);
        return;
    }
    const Result<Layout> layout = analyze(m_text);
    if (!layout)
        return;
    const Existing e = existingValue(layout.value(), m_text, key).value_or(Existing::fresh(key));
    QString written;
    switch (e.type) {
    case toml::node_type::date:
    case toml::node_type::date_time:
        // TOML's own dates keep their kind: a local date stays a date, an offset date-time one. A
        // local date-time reads as UTC (TomlFrontMatter), so a time elsewhere gains its offset.
        written = YamlScalar::dateTime(value, e.raw.trimmed());
        break;
    case toml::node_type::string:
        if (FrontMatter::parseDate(e.stringValue).isValid()) {
            const QString inner = YamlScalar::dateTime(value, e.stringValue.trimmed());
            written = TomlScalar::quoteOf(e.raw, Quote::Basic) == Quote::Literal ? u'\'' + inner + u'\''
                                                                                 : u'"' + inner + u'"';
            break;
        }
        [[fallthrough]];
    default:
        written = YamlScalar::dateTime(value); // RFC 3339: an offset date-time to TOML
        break;
    }
    replaceKey(key, e.keyLine(written));
}

void TomlFrontMatterEdit::setList(const QString &key, const QStringList &values)
{
    const Result<Layout> layout = analyze(m_text);
    if (!layout)
        return;
    const std::optional<Existing> old = existingValue(layout.value(), m_text, key);
    const Existing e = old.value_or(Existing::fresh(key));
    const Quote fallback = usualQuote(layout.value());

    if (e.type == toml::node_type::array && e.raw.contains(u'\n') && !values.isEmpty()) {
        const QString array = TomlScalar::ArrayStyle::of(e.raw).write(values, fallback);
        replaceKey(key, e.keyPrefix + array + e.comment + u'\n');
        return;
    }
    if (e.type == toml::node_type::string && values.size() == 1) {
        replaceKey(key,
                   e.keyLine(TomlScalar::string(values.constFirst(), TomlScalar::quoteOf(e.raw, fallback))));
        return;
    }

    Quote quote = fallback;
    QString pad;
    QString separator = u", "_s;
    if (e.type == toml::node_type::array) {
        quote = TomlScalar::quoteOf(QStringView(e.raw).mid(1), fallback);
        if (e.raw.startsWith(u"[ ") && e.raw.trimmed() != u"[ ]")
            pad = u" "_s;
        if (e.raw.contains(u',') && !e.raw.contains(u", "))
            separator = u","_s;
    } else if (e.type == toml::node_type::string) {
        quote = TomlScalar::quoteOf(e.raw, fallback);
    }
    QStringList items;
    for (const QString &value : values)
        items.append(TomlScalar::string(value, quote));
    const QString array =
        items.isEmpty() ? u"[]"_s : QString(u'[' + pad + items.join(separator) + pad + u']');
    replaceKey(key, e.keyLine(array));
}

void TomlFrontMatterEdit::remove(const QString &key)
{
    replaceKey(key, {});
}

} // namespace Postwright
