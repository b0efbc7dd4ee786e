#pragma once

#include "util/sourceerror.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

// FrontMatterEdit's changes for TOML front matter (Hugo's `+++` block), with the same guarantees as
// its YAML edits: every line but the changed key's stays byte-for-byte as it was.
//
// A changed key keeps its place, its inline comment and its style: basic "…" or literal '…' quotes,
// an inline array stays inline and a multi-line one multi-line (its indentation and trailing comma
// kept), an offset date-time stays one, a local date stays a date and a quoted date stays quoted. A
// new key goes after its nearest present predecessor in the usual order (FrontMatterFields::keyOrder),
// and always before the first table header: after `[params]` it would belong to that table. Tables
// (`[params]`, `[[cascade]]`, dotted keys) and what follows them are never touched. Keys match
// exactly, else without regard to case, as Hugo reads them.
class TomlFrontMatterEdit
{
public:
    // postText: the whole post, starting with a `+++` line.
    explicit TomlFrontMatterEdit(const QString &postText);

    // Invalid TOML or an unclosed block, with its line in the whole post. Operations then change nothing.
    std::optional<SourceError> error() const { return m_error; }

    void setString(const QString &key, const QString &value);
    void setBool(const QString &key, bool value);
    void setDateTime(const QString &key, const QDateTime &value); // invalid: removes the key
    void setList(const QString &key, const QStringList &values);
    void remove(const QString &key);

    QString text() const { return m_text; }
    bool hasKey(const QString &key) const;
    QStringList keys() const; // top-level keys in file order, tables included

private:
    // Replaces the key's lines with `lines` (each ending in LF), or inserts them when it is absent.
    void replaceKey(const QString &key, const QString &lines);

    QString m_text;
    std::optional<SourceError> m_error;
};

} // namespace Postwright
