#pragma once

#include "blog/tomlfrontmatteredit.h"
#include "util/sourceerror.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

// Changes single top-level keys of a post's front matter in place, YAML between `---` lines or TOML
// between `+++` lines (TomlFrontMatterEdit), leaving every other line (unknown keys, comments, key
// order, quoting of untouched keys) byte-for-byte as it was. Works on the editor's text (LF line ends,
// no BOM). Both formats take the same logical keys (title, date, draft, tags…), as Hugo spells them.
//
// A changed key keeps its place, its inline comment and its style (quotes, flow or block list, block
// indentation). A new key goes after its nearest present predecessor in the usual order
// (FrontMatterFields::keyOrder: title, date, updated, draft, categories, tags, summary, description,
// slug, cover, aliases…), e.g. `date` right after `title`; other new keys go at the end of the block.
// Every operation re-reads the text it produced, so several changes can be combined before
// text()/change().
class FrontMatterEdit
{
public:
    explicit FrontMatterEdit(const QString &postText);
    // False when the front matter cannot be edited safely (unclosed block, invalid YAML or TOML); error()
    // says why, with its line. Operations then change nothing. A value of the wrong type (`date: soon`)
    // does not make the block uneditable.
    bool isValid() const;
    std::optional<SourceError> error() const;
    void setString(const QString &key, const QString &value); // quoted only when YAML needs it
    void setBool(const QString &key, bool value);
    void
    setDateTime(const QString &key,
                const QDateTime &value); // keeps the existing value's style (date only / with time+offset)
    void setList(const QString &key,
                 const QStringList &values); // keeps the existing style: flow `[a, b]` or block `- a`
    // A list that may be written as one space-separated string (Jekyll's `tags: go linux`): it stays
    // one while every value is a single word, else as setList().
    void setWords(const QString &key, const QStringList &values);
    void remove(const QString &key);
    // The whole post text after the changes; creates a `---` block at the top when the post had none.
    QString text() const;
    // The changed character range, for applying the change to an editor as one minimal edit.
    struct Change
    {
        qsizetype position = 0;
        qsizetype removed = 0;
        QString inserted;
        bool isEmpty() const { return removed == 0 && inserted.isEmpty(); }
        bool operator==(const Change &other) const = default;
    };
    Change change() const; // relative to the original text; empty change when nothing differs

    // Whether the front matter has this top-level key (after the changes made so far).
    bool hasKey(const QString &key) const;
    // The top-level keys in file order (after the changes made so far).
    QStringList keys() const;

private:
    // Replaces the key's lines with `lines` (each ending in LF), or inserts them when the key is absent.
    void replaceKey(const QString &key, const QString &lines);

    QString m_original;
    QString m_text;
    std::optional<SourceError> m_error;
    std::optional<TomlFrontMatterEdit> m_toml; // set for TOML front matter: every change goes there
};

} // namespace Postwright
