#include "frontmatteredit.h"

#include "blog/frontmatter.h"
#include "blog/frontmatterfields.h"
#include "blog/yamlscalar.h"
#include "util/logging.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Postwright {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::FrontMatterEdit", text);
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Where one top-level key's lines are: the key line and its continuation lines (block list items,
// block scalar lines, wrapped flow lists), without the blank or comment lines that follow them.
struct KeySpan
{
    QString key;
    qsizetype start = 0; // start of the key line in the whole text
    qsizetype end = 0;   // just after the LF of its last line
};

struct Layout
{
    bool hasFrontMatter = false;
    qsizetype yamlStart = 0;
    qsizetype yamlEnd = 0;
    QList<KeySpan> keys; // in file order

    const KeySpan *find(const QString &key) const
    {
        const auto it =
            std::find_if(keys.cbegin(), keys.cend(), [&](const KeySpan &s) { return s.key == key; });
        return it == keys.cend() ? nullptr : &*it;
    }
};

// The parser's own message when it has one, so the writer sees the same words everywhere.
SourceError parserError(const QString &text, int line, int column, const QString &fallback)
{
    const Result<ParsedFrontMatter> parsed = FrontMatter::parse(text);
    if (!parsed)
        return parsed.error();
    return SourceError{{}, line, column, fallback};
}

bool isFillerLine(QStringView line)
{
    return line.trimmed().isEmpty() || line.startsWith(u'#');
}

Result<Layout> analyze(const QString &text)
{
    const FrontMatterSplit split = FrontMatter::split(text);
    Layout layout;
    if (!split.hasFrontMatter)
        return layout;
    // TOML has its own rules for quoting, tables and arrays (TomlFrontMatterEdit).
    if (split.format == FrontMatterSplit::Format::Toml)
        return SourceError{{}, 1, 1, QStringLiteral("TOML front matter is edited by TomlFrontMatterEdit")};
    if (split.unclosed)
        return parserError(text, 1, 1, tr("The front matter is never closed."));
    layout.hasFrontMatter = true;
    layout.yamlStart = text.indexOf(u'\n') + 1;
    layout.yamlEnd = layout.yamlStart + split.yaml.size();

    YAML::Node root;
    try {
        root = YAML::Load(split.yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return parserError(text, split.yamlFirstLine + e.mark.line, e.mark.column + 1,
                           tr("Invalid YAML: %1.").arg(fromStd(e.msg)));
    }
    if (!root || root.IsNull())
        return layout;
    if (!root.IsMap())
        return parserError(text, split.yamlFirstLine, 1, tr("The front matter is not a list of keys."));

    QList<qsizetype> lineStarts;
    for (qsizetype at = layout.yamlStart; at < layout.yamlEnd;) {
        lineStarts.append(at);
        const qsizetype lf = text.indexOf(u'\n', at);
        at = lf < 0 ? layout.yamlEnd : lf + 1;
    }

    QList<std::pair<int, QString>> keyLines;
    QSet<QString> seen;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const YAML::Node keyNode = it->first;
        const YAML::Mark mark = keyNode.Mark();
        if (!keyNode.IsScalar()) {
            return parserError(text, split.yamlFirstLine + mark.line, mark.column + 1,
                               tr("Front matter keys must be plain names."));
        }
        const QString key = fromStd(keyNode.Scalar());
        if (seen.contains(key)) {
            return parserError(text, split.yamlFirstLine + mark.line, mark.column + 1,
                               tr("The key \u201c%1\u201d appears twice.").arg(key));
        }
        seen.insert(key);
        // Line-based editing needs each key at the start of its own line; `{title: A}` or an
        // indented mapping is valid YAML, but rewriting one key there would mean rewriting it all.
        if (mark.column != 0 || mark.line < 0 || mark.line >= lineStarts.size()) {
            return SourceError{
                {},
                split.yamlFirstLine + std::max(mark.line, 0),
                mark.column + 1,
                tr("Each key should start its own line, with no indentation, to be edited here.")};
        }
        keyLines.append({mark.line, key});
    }
    std::sort(keyLines.begin(), keyLines.end());

    const auto lineText = [&](int line) {
        const qsizetype start = lineStarts.at(line);
        const qsizetype end = line + 1 < lineStarts.size() ? lineStarts.at(line + 1) - 1 : layout.yamlEnd - 1;
        return QStringView(text).sliced(start, std::max<qsizetype>(end - start, 0));
    };
    for (qsizetype i = 0; i < keyLines.size(); ++i) {
        const int first = keyLines.at(i).first;
        int last = i + 1 < keyLines.size() ? keyLines.at(i + 1).first : int(lineStarts.size());
        // Blank lines and comments at the left margin after a value belong to what follows.
        while (last - 1 > first && isFillerLine(lineText(last - 1)))
            --last;
        const qsizetype end = last < lineStarts.size() ? lineStarts.at(last) : layout.yamlEnd;
        layout.keys.append({keyLines.at(i).second, lineStarts.at(first), end});
    }
    return layout;
}

// Index just after the quoted scalar starting at `from`, or -1 when it does not end on this line.
qsizetype skipQuoted(QStringView line, qsizetype from)
{
    const QChar quote = line.at(from);
    for (qsizetype i = from + 1; i < line.size(); ++i) {
        if (quote == u'"' && line.at(i) == u'\\') {
            ++i;
        } else if (line.at(i) == quote) {
            if (quote == u'\'' && i + 1 < line.size() && line.at(i + 1) == u'\'')
                ++i; // '' is an escaped quote
            else
                return i + 1;
        }
    }
    return -1;
}

// Where a trailing comment starts (with the spaces before it), or the line's size.
qsizetype commentStart(QStringView line, qsizetype from)
{
    bool tokenStart = true;
    for (qsizetype i = from; i < line.size();) {
        const QChar c = line.at(i);
        if (c == u'#' && (i == from || line.at(i - 1).isSpace())) {
            qsizetype start = i;
            while (start > from && line.at(start - 1).isSpace())
                --start;
            return start;
        }
        if (tokenStart && (c == u'"' || c == u'\'')) {
            const qsizetype next = skipQuoted(line, i);
            if (next < 0)
                return line.size();
            i = next;
            tokenStart = false;
            continue;
        }
        if (!c.isSpace())
            tokenStart = c == u'[' || c == u'{' || c == u',' || c == u':';
        ++i;
    }
    return line.size();
}

// The key's current lines, taken apart so a new value can be written in the same shape.
struct Existing
{
    enum class Kind { Empty, Scalar, Flow, BlockList, BlockScalar, Other };

    QString keyPrefix; // `title:` exactly as written
    QString separator; // the spaces between the colon and the value
    QString raw;       // the value on the key line, without its comment
    QString comment;   // a trailing comment with the spaces before it
    QStringList continuation;
    Kind kind = Kind::Empty;

    static std::optional<Existing> read(const QString &text, const KeySpan &span)
    {
        QStringList lines = text.sliced(span.start, span.end - span.start).split(u'\n');
        if (lines.size() > 1 && lines.constLast().isEmpty())
            lines.removeLast();
        const QString keyLine = lines.takeFirst();
        qsizetype colon = 0;
        if (keyLine.startsWith(u'"') || keyLine.startsWith(u'\'')) {
            colon = skipQuoted(keyLine, 0);
            if (colon < 0)
                return std::nullopt;
        }
        for (; colon < keyLine.size(); ++colon) {
            if (keyLine.at(colon) == u':' && (colon + 1 == keyLine.size() || keyLine.at(colon + 1).isSpace()))
                break;
        }
        if (colon >= keyLine.size())
            return std::nullopt;

        Existing e;
        e.keyPrefix = keyLine.left(colon + 1);
        const qsizetype commentAt = commentStart(keyLine, colon + 1);
        e.comment = keyLine.mid(commentAt);
        const QString value = keyLine.sliced(colon + 1, commentAt - colon - 1);
        qsizetype valueAt = 0;
        while (valueAt < value.size() && value.at(valueAt).isSpace())
            ++valueAt;
        e.separator = valueAt > 0 && valueAt < value.size() ? value.left(valueAt) : u" "_s;
        e.raw = value.mid(valueAt).trimmed();
        e.continuation = lines;

        if (e.raw.isEmpty()) {
            const auto item = e.firstContentLine();
            if (item.isEmpty())
                e.kind = Kind::Empty;
            else
                e.kind = item.trimmed().startsWith(u'-') ? Kind::BlockList : Kind::Other;
        } else if (e.raw.startsWith(u'[')) {
            e.kind = Kind::Flow;
        } else if (e.raw.startsWith(u'|') || e.raw.startsWith(u'>')) {
            e.kind = Kind::BlockScalar;
        } else if (e.raw.startsWith(u'{') || e.raw.startsWith(u'&') || e.raw.startsWith(u'!') ||
                   e.raw.startsWith(u'*')) {
            e.kind = Kind::Other;
        } else {
            e.kind = Kind::Scalar;
        }
        return e;
    }

    QString firstContentLine() const
    {
        for (const QString &line : continuation) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(u'#'))
                return line;
        }
        return {};
    }

    int leadingSpaces(const QString &line, int fallback) const
    {
        if (line.isEmpty())
            return fallback;
        int n = 0;
        while (n < line.size() && line.at(n) == u' ')
            ++n;
        return n;
    }

    // A line made of the key and a value on it, keeping the comment.
    QString keyLine(const QString &value) const
    {
        return keyPrefix + (value.isEmpty() ? QString() : separator + value) + comment + u'\n';
    }
};

// A key written for the first time.
Existing freshKey(const QString &key, bool plainKey)
{
    Existing e;
    e.keyPrefix = (plainKey ? key : u"\""_s + key + u'"') + u':';
    e.separator = u" "_s;
    return e;
}

// A literal (or, for one line, folded) block scalar: `summary: |-` and the text indented below it.
QString blockScalar(const Existing &e, const QString &value, QChar style, int indent)
{
    QString body = value;
    qsizetype trailing = 0;
    while (trailing < body.size() && body.at(body.size() - 1 - trailing) == u'\n')
        ++trailing;
    const QString chomp = trailing == 0 ? u"-"_s : trailing == 1 ? QString() : u"+"_s;
    if (trailing > 0)
        body.chop(1);
    const QStringList lines = body.split(u'\n');
    // A first line that starts with spaces would be taken for the block's indentation.
    const auto firstText =
        std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return !l.isEmpty(); });
    const bool explicitIndent = firstText != lines.cend() && firstText->front().isSpace();
    QString out = e.keyPrefix + e.separator + style + chomp +
                  (explicitIndent ? QString::number(indent) : QString()) + e.comment + u'\n';
    for (const QString &line : lines)
        out += line.isEmpty() ? u"\n"_s : QString(indent, u' ') + line + u'\n';
    return out;
}

// Where a new key goes: after the nearest key that usually comes before it, else before the
// first of those that usually follow it, else after the last key.
qsizetype insertionPoint(const Layout &layout, const QString &key)
{
    const QStringList &order = FrontMatterFields::keyOrder();
    const qsizetype index = order.indexOf(key);
    if (index >= 0) {
        for (qsizetype i = index - 1; i >= 0; --i) {
            if (const KeySpan *span = layout.find(order.at(i)))
                return span->end;
        }
        // Else before the first in the file of those that usually follow it.
        const KeySpan *next = nullptr;
        for (qsizetype i = index + 1; i < order.size(); ++i) {
            const KeySpan *span = layout.find(order.at(i));
            if (span && (!next || span->start < next->start))
                next = span;
        }
        if (next)
            return next->start;
    }
    return layout.keys.isEmpty() ? layout.yamlEnd : layout.keys.constLast().end;
}

bool isPlainKey(const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"_s);
    return plain.match(key).hasMatch() && !YamlScalar::readsAsOtherType(key);
}

std::optional<Existing> existingValue(const QString &text, const QString &key)
{
    const Result<Layout> layout = analyze(text);
    if (!layout)
        return std::nullopt;
    const KeySpan *span = layout.value().find(key);
    return span ? Existing::read(text, *span) : std::nullopt;
}

} // namespace

FrontMatterEdit::FrontMatterEdit(const QString &postText)
    : m_original(postText)
    , m_text(postText)
{
    if (const FrontMatterSplit split = FrontMatter::split(postText);
        split.hasFrontMatter && split.format == FrontMatterSplit::Format::Toml) {
        m_toml.emplace(postText);
        m_error = m_toml->error();
        return;
    }
    const Result<Layout> layout = analyze(m_original);
    if (!layout)
        m_error = layout.error();
}

bool FrontMatterEdit::isValid() const
{
    return !m_error.has_value();
}

std::optional<SourceError> FrontMatterEdit::error() const
{
    return m_error;
}

bool FrontMatterEdit::hasKey(const QString &key) const
{
    if (m_toml)
        return m_toml->hasKey(key);
    const Result<Layout> layout = analyze(m_text);
    return layout && layout.value().find(key);
}

QStringList FrontMatterEdit::keys() const
{
    if (m_toml)
        return m_toml->keys();
    QStringList keys;
    if (const Result<Layout> layout = analyze(m_text)) {
        for (const KeySpan &span : layout.value().keys)
            keys.append(span.key);
    }
    return keys;
}

QString FrontMatterEdit::text() const
{
    return m_toml ? m_toml->text() : m_text;
}

FrontMatterEdit::Change FrontMatterEdit::change() const
{
    const QString &a = m_original;
    const QString b = text();
    const qsizetype common = std::min(a.size(), b.size());
    qsizetype prefix = 0;
    while (prefix < common && a.at(prefix) == b.at(prefix))
        ++prefix;
    // Never split a surrogate pair: an editor would briefly hold half a character.
    if (prefix > 0 && a.at(prefix - 1).isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0 && a.at(a.size() - suffix).isLowSurrogate())
        --suffix;
    return Change{prefix, a.size() - prefix - suffix, b.sliced(prefix, b.size() - prefix - suffix)};
}

void FrontMatterEdit::replaceKey(const QString &key, const QString &lines)
{
    if (m_error)
        return;
    const Result<Layout> analyzed = analyze(m_text);
    if (!analyzed) {
        qCWarning(lcBlog) << "front matter edit: the text became unreadable:" << analyzed.error().toString();
        return;
    }
    const Layout &layout = analyzed.value();
    QString next = m_text;
    if (const KeySpan *span = layout.find(key)) {
        next.replace(span->start, span->end - span->start, lines);
    } else if (lines.isEmpty()) {
        return;
    } else if (layout.hasFrontMatter) {
        next.insert(insertionPoint(layout, key), lines);
    } else {
        const bool blankLineNeeded = !m_text.isEmpty() && !m_text.startsWith(u'\n');
        next.prepend(u"---\n"_s + lines + u"---\n"_s + (blankLineNeeded ? u"\n"_s : QString()));
    }
    // A soft check: writing a value must never make the block unreadable or lose the key.
    const Result<Layout> check = analyze(next);
    if (!check || (!lines.isEmpty() && !check.value().find(key))) {
        qCWarning(lcBlog) << "front matter edit: refusing a change to" << key << "that would break the YAML";
        return;
    }
    m_text = next;
}

void FrontMatterEdit::setString(const QString &key, const QString &value)
{
    if (m_toml) {
        m_toml->setString(key, value);
        return;
    }
    const std::optional<Existing> old = existingValue(m_text, key);
    const Existing e = old.value_or(freshKey(key, isPlainKey(key)));
    const int indent = e.kind == Existing::Kind::BlockScalar ? e.leadingSpaces(e.firstContentLine(), 2) : 2;
    const bool block = !value.isEmpty() && !YamlScalar::needsEscapes(value) &&
                       (value.contains(u'\n') || e.kind == Existing::Kind::BlockScalar);
    if (block) {
        // Folding would turn the writer's line breaks into spaces.
        const QChar style =
            e.kind == Existing::Kind::BlockScalar && !value.contains(u'\n') ? e.raw.front() : u'|';
        replaceKey(key, blockScalar(e, value, style, std::max(indent, 1)));
        return;
    }
    const YamlScalar::Quote quote =
        e.kind == Existing::Kind::Scalar ? YamlScalar::chosenQuote(e.raw, false) : YamlScalar::Quote::Plain;
    replaceKey(key, e.keyLine(YamlScalar::write(value, quote, false)));
}

void FrontMatterEdit::setBool(const QString &key, bool value)
{
    if (m_toml) {
        m_toml->setBool(key, value);
        return;
    }
    const std::optional<Existing> old = existingValue(m_text, key);
    const Existing e = old.value_or(freshKey(key, isPlainKey(key)));
    // Keep the writer's spelling: yes/no, on/off, y/n, and their capitalisation.
    static const QList<std::pair<QString, QString>> pairs{
        {u"true"_s, u"false"_s}, {u"yes"_s, u"no"_s}, {u"on"_s, u"off"_s}, {u"y"_s, u"n"_s}};
    QString word = value ? u"true"_s : u"false"_s;
    const QString raw = e.kind == Existing::Kind::Scalar ? e.raw : QString();
    for (const auto &[yes, no] : pairs) {
        if (raw.compare(yes, Qt::CaseInsensitive) != 0 && raw.compare(no, Qt::CaseInsensitive) != 0)
            continue;
        word = value ? yes : no;
        if (raw == raw.toUpper() && raw.size() > 1)
            word = word.toUpper();
        else if (raw.front().isUpper())
            word.front() = word.front().toUpper();
        break;
    }
    replaceKey(key, e.keyLine(word));
}

void FrontMatterEdit::setDateTime(const QString &key, const QDateTime &value)
{
    if (m_toml) {
        m_toml->setDateTime(key, value);
        return;
    }
    if (!value.isValid()) {
        remove(key);
        return;
    }
    const std::optional<Existing> old = existingValue(m_text, key);
    const Existing e = old.value_or(freshKey(key, isPlainKey(key)));
    QString quote;
    QString example;
    if (e.kind == Existing::Kind::Scalar) {
        const YamlScalar::Quote q = YamlScalar::quoteOf(e.raw);
        const QString inner = q == YamlScalar::Quote::Plain ? e.raw : e.raw.mid(1, e.raw.size() - 2);
        if (FrontMatter::parseDate(inner).isValid()) {
            example = inner.trimmed();
            quote = q == YamlScalar::Quote::Plain ? QString() : e.raw.left(1);
        }
    }
    replaceKey(key, e.keyLine(quote + YamlScalar::dateTime(value, example) + quote));
}

void FrontMatterEdit::setList(const QString &key, const QStringList &values)
{
    if (m_toml) {
        m_toml->setList(key, values);
        return;
    }
    const std::optional<Existing> old = existingValue(m_text, key);
    const Existing e = old.value_or(freshKey(key, isPlainKey(key)));
    using Kind = Existing::Kind;

    if (e.kind == Kind::BlockList || (old && e.kind == Kind::Empty)) {
        const QString item = e.firstContentLine().trimmed();
        const int indent = e.kind == Kind::BlockList ? e.leadingSpaces(e.firstContentLine(), 2) : 2;
        int gap = 1;
        while (gap + 1 < item.size() && item.at(gap + 1) == u' ')
            ++gap;
        const YamlScalar::Quote quote = YamlScalar::chosenQuote(item.mid(1).trimmed(), false);
        QString out = e.keyLine({});
        for (const QString &value : values)
            out += QString(indent, u' ') + u'-' + QString(gap, u' ') +
                   YamlScalar::write(value, quote, false) + u'\n';
        replaceKey(key, out);
        return;
    }
    if (e.kind == Kind::Scalar && values.size() == 1) {
        replaceKey(key, e.keyLine(YamlScalar::write(values.constFirst(),
                                                    YamlScalar::chosenQuote(e.raw, false), false)));
        return;
    }
    YamlScalar::Quote quote = YamlScalar::Quote::Plain;
    QString pad;
    QString separator = u", "_s;
    if (e.kind == Kind::Flow) {
        quote = YamlScalar::chosenQuote(QStringView(e.raw).mid(1).trimmed(), true);
        if (e.raw.startsWith(u"[ ") && e.raw.trimmed() != u"[ ]")
            pad = u" "_s;
        if (e.raw.contains(u',') && !e.raw.contains(u", "))
            separator = u","_s;
    } else if (e.kind == Kind::Scalar) {
        quote = YamlScalar::chosenQuote(e.raw, false);
    }
    QStringList items;
    for (const QString &value : values)
        items.append(YamlScalar::write(value, quote, true));
    const QString flow = items.isEmpty() ? u"[]"_s : u'[' + pad + items.join(separator) + pad + u']';
    replaceKey(key, e.keyLine(flow));
}

void FrontMatterEdit::setWords(const QString &key, const QStringList &values)
{
    const bool words = !values.isEmpty() && std::none_of(values.cbegin(), values.cend(), [](const QString &v) {
        return v.isEmpty() || std::any_of(v.cbegin(), v.cend(), [](QChar c) { return c.isSpace(); });
    });
    // Only Jekyll reads words this way, and Jekyll front matter is YAML.
    if (words && !m_toml) {
        const std::optional<Existing> old = existingValue(m_text, key);
        if (old && old->kind == Existing::Kind::Scalar) {
            setString(key, values.join(u' '));
            return;
        }
    }
    setList(key, values);
}

void FrontMatterEdit::remove(const QString &key)
{
    if (m_toml) {
        m_toml->remove(key);
        return;
    }
    replaceKey(key, {});
}

} // namespace Postwright
