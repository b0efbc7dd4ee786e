#include "blog/postfilter.h"

#include <algorithm>

namespace Postwright {

namespace {

struct Token
{
    QString key; // before the colon, folded; empty for a word or phrase
    QString value;
    bool quoted = false;
};

// Splits at white space outside double quotes; `key:"a b"` and `"a b"` keep their spaces. An
// unclosed quote runs to the end (the writer is typing the phrase).
QList<Token> tokenize(QStringView query)
{
    QList<Token> tokens;
    const qsizetype n = query.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && query.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Token token;
        qsizetype keyEnd = i;
        while (keyEnd < n && query.at(keyEnd).isLetter())
            ++keyEnd;
        if (keyEnd > i && keyEnd < n && query.at(keyEnd) == u':') {
            token.key = PostFilter::fold(query.mid(i, keyEnd - i));
            i = keyEnd + 1;
        }
        if (i < n && query.at(i) == u'"') {
            const qsizetype close = query.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            token.value = query.mid(i + 1, end - i - 1).toString();
            token.quoted = true;
            i = close < 0 ? n : close + 1;
        } else {
            qsizetype end = i;
            while (end < n && !query.at(end).isSpace())
                ++end;
            token.value = query.mid(i, end - i).toString();
            i = end;
        }
        tokens.append(std::move(token));
    }
    return tokens;
}

// Query syntax stays English in every language, like the front matter keys it mirrors.
std::optional<Post::Status> statusNamed(const QString &folded)
{
    static const std::pair<QLatin1StringView, Post::Status> names[] = {
        {QLatin1StringView("draft"), Post::Status::Draft},
        {QLatin1StringView("scheduled"), Post::Status::Scheduled},
        {QLatin1StringView("published"), Post::Status::Published},
    };
    for (const auto &[name, status] : names) {
        if (name.startsWith(folded))
            return status;
    }
    return std::nullopt;
}

bool anyStartsWith(const QStringList &values, const QString &prefix)
{
    return std::any_of(values.cbegin(), values.cend(),
                       [&](const QString &value) { return value.startsWith(prefix); });
}

QStringList foldAll(const QStringList &values)
{
    QStringList folded;
    folded.reserve(values.size());
    for (const QString &value : values)
        folded.append(PostFilter::fold(value));
    return folded;
}

} // namespace

PostSearchKey PostSearchKey::of(const Post &post)
{
    const QString slug = post.slug();
    // A bundle is known by its folder; index.md says nothing.
    QStringView name = post.filePath;
    if (post.isBundle)
        name = name.left(std::max<qsizetype>(0, name.lastIndexOf(u'/')));
    name = name.mid(name.lastIndexOf(u'/') + 1);
    if (!post.isBundle && name.contains(u'.'))
        name = name.left(name.lastIndexOf(u'.'));

    PostSearchKey key;
    key.text = PostFilter::fold(post.displayTitle()) + u'\n' + PostFilter::fold(slug);
    if (name != slug)
        key.text += u'\n' + PostFilter::fold(name);
    key.tags = foldAll(post.metadata.tags);
    key.categories = foldAll(post.metadata.categories);
    return key;
}

PostFilter PostFilter::parse(QStringView query)
{
    PostFilter filter;
    for (const Token &token : tokenize(query)) {
        const QString value = fold(token.value);
        const bool known = token.key == u"tag" || token.key == u"tags" || token.key == u"category"
                           || token.key == u"categories" || token.key == u"cat" || token.key == u"status";
        if (!known && !token.key.isEmpty()) {
            filter.m_terms.append(token.key + u':' + value); // "Kubernetes: a guide"
            continue;
        }
        if (value.isEmpty())
            continue; // "tag:" or an empty phrase: nothing to match yet
        if (token.key == u"tag" || token.key == u"tags") {
            filter.m_tags.append(value);
        } else if (token.key == u"category" || token.key == u"categories" || token.key == u"cat") {
            filter.m_categories.append(value);
        } else if (token.key == u"status") {
            if (const std::optional<Post::Status> status = statusNamed(value))
                filter.m_statuses.append(*status);
            else
                filter.m_matchesNothing = true;
        } else {
            filter.m_terms.append(value);
        }
    }
    return filter;
}

QString PostFilter::fold(QStringView text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toString().toLower(); // nearly every title: no normalisation needed
    // Compatibility decomposition splits "é" into "e" and a combining accent (dropped below)
    // and "ﬁ" into "fi".
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return std::move(folded).toCaseFolded();
}

bool PostFilter::isEmpty() const
{
    return m_terms.isEmpty() && m_tags.isEmpty() && m_categories.isEmpty() && m_statuses.isEmpty()
           && !m_matchesNothing;
}

bool PostFilter::matches(const PostSearchKey &key, Post::Status status) const
{
    if (m_matchesNothing)
        return false;
    for (const Post::Status wanted : m_statuses) {
        if (status != wanted)
            return false;
    }
    for (const QString &term : m_terms) {
        if (!key.text.contains(term))
            return false;
    }
    for (const QString &tag : m_tags) {
        if (!anyStartsWith(key.tags, tag))
            return false;
    }
    for (const QString &category : m_categories) {
        if (!anyStartsWith(key.categories, category))
            return false;
    }
    return true;
}

} // namespace Postwright
