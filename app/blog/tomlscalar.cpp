#include "tomlscalar.h"

#include <QRegularExpression>

#include <toml++/toml.h>

#include <algorithm>

namespace Postwright {

namespace {

using namespace Qt::StringLiterals;
using Quote = TomlScalar::Quote;

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isFillerLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

bool isControl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f;
}

QString escapeBasic(const QString &value, bool multiLine)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\t':
            out += multiLine ? u"\t"_s : u"\\t"_s;
            break;
        case u'\n':
            out += multiLine ? u"\n"_s : u"\\n"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        default:
            if (isControl(c))
                out += u"\\u"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
            else
                out += c;
        }
    }
    return out;
}

// Index just after the string starting at `from`.
qsizetype skipString(const QString &raw, qsizetype from)
{
    const QChar quote = raw.at(from);
    const QString triple(3, quote);
    const bool multiLine = raw.sliced(from).startsWith(triple);
    qsizetype i = from + (multiLine ? 3 : 1);
    while (i < raw.size()) {
        if (quote == u'"' && raw.at(i) == u'\\') {
            i += 2;
        } else if (multiLine ? raw.sliced(i).startsWith(triple) : raw.at(i) == quote) {
            return i + (multiLine ? 3 : 1);
        } else {
            ++i;
        }
    }
    return raw.size();
}

} // namespace

TomlScalar::Quote TomlScalar::quoteOf(QStringView raw, Quote fallback)
{
    const QStringView trimmed = raw.trimmed();
    if (trimmed.startsWith(u'\''))
        return Quote::Literal;
    if (trimmed.startsWith(u'"'))
        return Quote::Basic;
    return fallback;
}

// The value in the preferred quotes when they can hold it, else in basic quotes with escapes.
// Text with line breaks takes the multi-line form of its quotes, which keeps the lines readable.
QString TomlScalar::string(const QString &value, Quote preferred)
{
    const bool multiLine = value.contains(u'\n');
    const bool literalPossible =
        !value.contains(u'\'') && std::none_of(value.cbegin(), value.cend(), [&](QChar c) {
            return isControl(c) && !(multiLine && c == u'\n');
        });
    if (preferred == Quote::Literal && literalPossible) {
        if (multiLine)
            return u"'''\n"_s + value + u"'''"_s;
        return u'\'' + value + u'\'';
    }
    // A line break right after the opening quotes is not part of the value.
    if (multiLine)
        return u"\"\"\"\n"_s + escapeBasic(value, true) + u"\"\"\""_s;
    return u'"' + escapeBasic(value, false) + u'"';
}

QString TomlScalar::key(const QString &key)
{
    static const QRegularExpression bare(u"^[A-Za-z0-9_-]+$"_s);
    return bare.match(key).hasMatch() ? key : string(key, Quote::Basic);
}

TomlScalar::ArrayStyle TomlScalar::ArrayStyle::of(const QString &raw)
{
    ArrayStyle style;
    const QStringList lines = raw.split(u'\n');
    // A first item on the opening line is not kept there: the items go one per line.
    const QString openingRest = lines.constFirst().mid(1);
    if (isFillerLine(openingRest))
        style.opening = lines.constFirst();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (isFillerLine(trimmed) || trimmed.startsWith(u']'))
            continue;
        style.indent = lines.at(i).left(lines.at(i).indexOf(trimmed.front()));
        break;
    }
    // A comment after an item stays with that item while it is in the list.
    static const QRegularExpression commented(uR"(^\s*("(?:[^"\\]|\\.)*"|'[^']*')\s*,?(\s*#.*)$)"_s);
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = commented.match(line);
        if (!m.hasMatch())
            continue;
        try {
            const toml::table item = toml::parse(QString(u"v = "_s + m.captured(1)).toStdString());
            if (const std::optional<std::string> value = item["v"].value<std::string>())
                style.comments.insert(fromStd(*value), m.captured(2));
        } catch (const toml::parse_error &) {
            // Not a string after all: no comment to carry.
        }
    }
    const QString lastLine = lines.constLast().chopped(1); // the closing `]` is the raw's end
    style.closingOnOwnLine = lastLine.trimmed().isEmpty();
    if (style.closingOnOwnLine)
        style.closingIndent = lastLine;

    // The last thing before the closing `]`, outside strings and comments.
    QChar last;
    for (qsizetype i = 1; i < raw.size() - 1;) {
        const QChar c = raw.at(i);
        if (c == u'#') {
            const qsizetype lf = raw.indexOf(u'\n', i);
            i = lf < 0 ? raw.size() : lf;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            if (!style.quote)
                style.quote = c == u'\'' ? Quote::Literal : Quote::Basic;
            i = skipString(raw, i);
            last = c;
            continue;
        }
        if (!c.isSpace())
            last = c;
        ++i;
    }
    style.trailingComma = last == u',';
    return style;
}

QString TomlScalar::ArrayStyle::write(const QStringList &values, Quote fallback) const
{
    const Quote itemQuote = quote.value_or(fallback);
    QString out = opening + u'\n';
    for (qsizetype i = 0; i < values.size(); ++i) {
        const bool last = i + 1 == values.size();
        out += indent + string(values.at(i), itemQuote);
        if (!last || trailingComma)
            out += u',';
        if (!last || closingOnOwnLine)
            out += comments.value(values.at(i)) + u'\n';
    }
    return out + closingIndent + u']';
}

} // namespace Postwright
