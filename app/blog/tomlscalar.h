#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Postwright {

// Writes single TOML values the way a careful writer would, for TomlFrontMatterEdit: text in the
// quotes the file already uses when they can hold it (basic "…" or literal '…'), else in basic quotes
// with TOML's escapes; text with line breaks in the multi-line form of those quotes; keys bare where
// TOML allows. And a multi-line array in the shape an existing one has.
class TomlScalar
{
public:
    enum class Quote { Basic, Literal };

    // The quotes a written value uses, from its first character; fallback for any other value.
    static Quote quoteOf(QStringView raw, Quote fallback);
    // value as a TOML string, in the preferred quotes when they can hold it.
    static QString string(const QString &value, Quote preferred);
    // A key: bare when TOML allows (A-Z a-z 0-9 _ -), else quoted.
    static QString key(const QString &key);

    // How a multi-line array is laid out: what follows its `[`, the items' indentation, a trailing
    // comma, where the `]` goes, the items' quotes and the comments after single items.
    struct ArrayStyle
    {
        QString opening = QStringLiteral("[");
        QString indent = QStringLiteral("  ");
        bool trailingComma = false;
        bool closingOnOwnLine = true;
        QString closingIndent;
        std::optional<Quote> quote;       // of the first string item
        QHash<QString, QString> comments; // an item alone on its line -> the comment after it

        // raw: the array as written, from `[` to `]`, over several lines.
        static ArrayStyle of(const QString &raw);
        // values written in this shape, one per line, from `[` to `]`; an item keeps its comment.
        QString write(const QStringList &values, Quote fallback) const;
    };
};

} // namespace Postwright
