#include "yamlscalar.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Postwright {

using namespace Qt::StringLiterals;

namespace {

// Characters YAML cannot hold unescaped (or that other tools read as line breaks).
bool isUnprintable(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 ||
           u == 0xfffe || u == 0xffff;
}

QString doubleQuoted(const QString &value)
{
    QString out = u"\""_s;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case 0x85:
            out += u"\\N"_s;
            break;
        case 0x2028:
            out += u"\\L"_s;
            break;
        case 0x2029:
            out += u"\\P"_s;
            break;
        default:
            if (isUnprintable(c))
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
            else
                out += c;
        }
    }
    return out + u'"';
}

QString singleQuoted(const QString &value)
{
    return u'\'' + QString(value).replace(u"'"_s, u"''"_s) + u'\'';
}

// How an existing date is written, so a new one can be written the same way.
struct DateStyle
{
    bool hasTime = true;
    QString separator = u"T"_s;
    bool seconds = true;
    int fractionDigits = 0;
    QString zoneGap;
    enum class Zone { None, Z, Offset } zone = Zone::Z;
    QString zLetter = u"Z"_s;
    bool offsetColon = true;

    static DateStyle of(const QString &text)
    {
        static const QRegularExpression pattern(
            uR"(^\d{4}-\d{1,2}-\d{1,2}(?:([Tt]| +)\d{1,2}:\d{2}(:\d{2})?(?:\.(\d+))?( *)(?:([Zz])|[+-]\d{2}(:?)(\d{2})?)?)?$)"_s);
        DateStyle style;
        const QRegularExpressionMatch m = pattern.match(text);
        if (!m.hasMatch())
            return style;
        style.hasTime = m.hasCaptured(1);
        if (!style.hasTime)
            return style;
        style.separator = m.captured(1);
        style.seconds = m.hasCaptured(2);
        style.fractionDigits = int(m.capturedLength(3));
        style.zoneGap = m.captured(4);
        if (m.hasCaptured(5)) {
            style.zone = Zone::Z;
            style.zLetter = m.captured(5);
        } else if (m.capturedEnd(4) < text.size()) {
            style.zone = Zone::Offset;
            style.offsetColon = !m.captured(6).isEmpty() || !m.hasCaptured(7);
        } else {
            style.zone = Zone::None;
            style.zoneGap.clear();
        }
        return style;
    }

    QString format(const QDateTime &value) const
    {
        QString out = value.date().toString(u"yyyy-MM-dd"_s);
        if (!hasTime)
            return out;
        const QTime time = value.time();
        out += separator + time.toString(seconds || fractionDigits > 0 ? u"HH:mm:ss"_s : u"HH:mm"_s);
        if (fractionDigits > 0)
            out += u'.' + QString::number(time.msec())
                              .rightJustified(3, u'0')
                              .leftJustified(fractionDigits, u'0')
                              .left(fractionDigits);
        const int offset = value.offsetFromUtc();
        if (offset == 0 && zone == Zone::None)
            return out;
        if (offset == 0 && zone == Zone::Z)
            return out + zoneGap + zLetter;
        const int minutes = std::abs(offset) / 60;
        const QString hh = QString::number(minutes / 60).rightJustified(2, u'0');
        const QString mm = QString::number(minutes % 60).rightJustified(2, u'0');
        // Without an offset a time reads as UTC, so a time elsewhere gains one.
        return out + zoneGap + (offset < 0 ? u'-' : u'+') + hh +
               (zone != Zone::Offset || offsetColon ? u":"_s : QString()) + mm;
    }
};

} // namespace

YamlScalar::Quote YamlScalar::quoteOf(QStringView raw)
{
    if (raw.startsWith(u'"'))
        return Quote::Double;
    if (raw.startsWith(u'\''))
        return Quote::Single;
    return Quote::Plain;
}

YamlScalar::Quote YamlScalar::chosenQuote(QStringView raw, bool inFlow)
{
    const Quote quote = quoteOf(raw);
    if (quote == Quote::Plain)
        return quote;
    const QChar mark = raw.front();
    QString text;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (quote == Quote::Double && raw.at(i) == u'\\')
            return Quote::Plain; // an escape: the quotes were needed
        if (raw.at(i) == mark) {
            if (quote == Quote::Single && i + 1 < raw.size() && raw.at(i + 1) == u'\'') {
                text += mark;
                ++i;
                continue;
            }
            return needsQuotes(text, inFlow) ? Quote::Plain : quote;
        }
        text += raw.at(i);
    }
    return quote; // continues on the next line: keep it as it is
}

bool YamlScalar::needsEscapes(QStringView value)
{
    return std::any_of(value.begin(), value.end(), [](QChar c) { return c != u'\n' && isUnprintable(c); });
}

// Plain text that a YAML reader would take for a boolean, null, number or date.
bool YamlScalar::readsAsOtherType(const QString &value)
{
    static const QSet<QString> words{u"true"_s, u"false"_s, u"yes"_s,  u"no"_s, u"on"_s, u"off"_s,
                                     u"y"_s,    u"n"_s,     u"null"_s, u"~"_s,  u"<<"_s, u"="_s};
    if (words.contains(value.toLower()))
        return true;
    static const QRegularExpression number(
        uR"(^[-+]?(?:(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\.(?:inf|Inf|INF)|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$|^\.(?:nan|NaN|NAN)$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"_s);
    return number.match(value).hasMatch();
}

bool YamlScalar::needsQuotes(const QString &value, bool inFlow)
{
    if (value.isEmpty() || value.contains(u'\n') || needsEscapes(value))
        return true;
    if (value.front().isSpace() || value.back().isSpace())
        return true;
    if (QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(value.front()))
        return true;
    if (value.contains(u": ") || value.endsWith(u':') || value.contains(u" #") || value.contains(u'\t'))
        return true;
    if (inFlow &&
        std::any_of(value.begin(), value.end(), [](QChar c) { return QStringView(u",[]{}:").contains(c); }))
        return true;
    return readsAsOtherType(value);
}

// The value as a YAML scalar in the preferred quoting, when that quoting can hold it.
QString YamlScalar::write(const QString &value, Quote preferred, bool inFlow)
{
    const bool oneLine = !value.contains(u'\n') && !needsEscapes(value);
    if (preferred == Quote::Single && oneLine)
        return singleQuoted(value);
    if (preferred == Quote::Plain && !needsQuotes(value, inFlow))
        return value;
    return doubleQuoted(value);
}

QString YamlScalar::dateTime(const QDateTime &value, const QString &example)
{
    return (example.isEmpty() ? DateStyle() : DateStyle::of(example)).format(value);
}

} // namespace Postwright
