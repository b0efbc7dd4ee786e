#pragma once

#include "blog/frontmatter.h"
#include "blog/sitelayout.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Postwright {

// Which PostMetadata field each front matter key fills under one site's conventions, and how keys
// that mean the same thing combine (summary, else description, else excerpt). The YAML and the
// TOML readers feed one instance per block the same way, so both formats agree on every key.
// Postwright's own posts know exactly the keys of ARCHITECTURE.md; Hugo's add publishDate, lastmod,
// images and a cover table (and ignore case, as Hugo does); Jekyll's add last_modified_at, excerpt,
// image, redirect_from, published, and space-separated categories and tags, and leave out `draft`:
// Jekyll ignores it (a Jekyll draft sits in _drafts/ or says `published: false`).
class FrontMatterFields
{
public:
    enum class Type {
        Unknown,   // not a key Postwright reads: listed in unknownKeys
        Text,      // a scalar
        Date,      // a date, a date and time, or text FrontMatter::parseDate reads
        Bool,      // true or false
        List,      // a list of scalars, or one scalar meaning a list of one
        Image,     // text, or a table/mapping with image (or path, src) in it
        ImageList, // a list of images: the first one counts
    };
    struct Target
    {
        Type type = Type::Unknown;
        QString *text = nullptr;
        QDateTime *date = nullptr;
        bool *flag = nullptr;
        QStringList *list = nullptr;
        bool words = false; // a scalar is a space-separated list (Jekyll's "tags: go linux")
    };

    explicit FrontMatterFields(SiteKind conventions);

    // The order keys usually come in, for every format and kind: a new key goes after the nearest
    // present one before it (FrontMatterEdit), e.g. `date` right after `title`.
    static const QStringList &keyOrder();

    // Where the value of key goes. Unknown for keys Postwright does not read.
    Target target(const QString &key);
    void addUnknownKey(const QString &key) { m_meta.unknownKeys.append(key); }
    // The metadata, with fallbacks applied. Call once.
    PostMetadata finish();

private:
    SiteKind m_kind;
    PostMetadata m_meta;
    QString m_description;
    QString m_excerpt;
    QString m_image;
    QStringList m_images;
    QStringList m_category;
    QStringList m_redirectFrom;
    QDateTime m_lastmod;
    bool m_published = true;
};

} // namespace Postwright
