#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Postwright {

// Writes single YAML scalars the way a careful writer would: plain when every YAML reader (1.1 and
// 1.2) reads the text back unchanged as a string, quoted otherwise, and dates in the shape a date
// already in the file has.
class YamlScalar
{
public:
    enum class Quote { Plain, Single, Double };

    // The quoting a written scalar uses, from its first character.
    static Quote quoteOf(QStringView raw);
    // The quoting the writer chose for `raw`: its quotes when its text would read the same without
    // them, else Plain (quotes YAML needed, as in "yes" or "a: b", say nothing about taste).
    static Quote chosenQuote(QStringView raw, bool inFlow);
    // Characters only a double-quoted scalar can hold: control characters and Unicode line breaks.
    static bool needsEscapes(QStringView value);
    // Text a YAML reader would take for a boolean, null, number or date when written plain.
    static bool readsAsOtherType(const QString &value);
    // Whether the plain form would read back as something else; `inFlow` is for items of `[a, b]`.
    static bool needsQuotes(const QString &value, bool inFlow);
    // The value in the preferred quoting when that quoting can hold it, else double-quoted.
    static QString write(const QString &value, Quote preferred, bool inFlow);
    // The value written like `example` (date only, `T` or space, seconds, fraction, `Z` or
    // offset), or as 2024-05-01T09:30:00+02:00 without an example. A time away from UTC always
    // carries its offset, since a time without one reads as UTC.
    static QString dateTime(const QDateTime &value, const QString &example = {});
};

} // namespace Postwright
