#pragma once

#include "blog/post.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Postwright {

// A post's text as the filter compares it, folded once when the tree model learns the post, so
// that a keystroke in the filter field compares plain strings instead of re-folding every title.
struct PostSearchKey
{
    QString text;           // title, slug and file name (without extension), folded, one per line
    QStringList tags;       // folded
    QStringList categories; // folded

    static PostSearchKey of(const Post &post);
    bool operator==(const PostSearchKey &other) const = default;
};

// A query typed in the post tree's filter field, parsed. Every part must match (AND):
//   words and "quoted phrases"   appear in the title, slug or file name (case- and accent-insensitive)
//   tag:NAME                     the post has a tag starting with NAME
//   category:NAME, cat:NAME      the post has a category starting with NAME
//   status:draft|scheduled|published   (or a prefix of one: status:d)
// Qualifier values may be quoted (category:"system design"). A qualifier with nothing after the
// colon is ignored (the writer is still typing); an unknown one ("note:") is an ordinary word, so
// titles with colons can be found.
class PostFilter
{
public:
    static PostFilter parse(QStringView query);
    // Lower case without accents or compatibility forms: "Ça Été ﬁne" -> "ca ete fine".
    static QString fold(QStringView text);

    bool isEmpty() const;
    bool matches(const PostSearchKey &key, Post::Status status) const;

    const QStringList &terms() const { return m_terms; }
    const QStringList &tags() const { return m_tags; }
    const QStringList &categories() const { return m_categories; }
    const QList<Post::Status> &statuses() const { return m_statuses; }
    bool matchesNothing() const { return m_matchesNothing; }

    bool operator==(const PostFilter &other) const = default;

private:
    QStringList m_terms; // folded words and phrases
    QStringList m_tags;
    QStringList m_categories;
    QList<Post::Status> m_statuses;
    bool m_matchesNothing = false; // a status no post can have (status:archived)
};

} // namespace Postwright
