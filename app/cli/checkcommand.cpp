#include "blog/blog.h"
#include "clicommands.h"
#include "site/linkcheck.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Postwright {

int CliCommands::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(checkOptions());
    if (!parse(parser, "check", arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("The check command takes at most one BLOG folder."));
    const QString root = parser.positionalArguments().value(0, QStringLiteral("."));
    m_report.insert(QStringLiteral("blog"), root);
    const Result<Blog> blog = Blog::open(root);
    if (!blog)
        return blogError(root, blog.error());

    // What check finds is its result: on stdout, unless stdout carries the JSON document.
    QTextStream &found = m_json ? m_err : m_out;
    QList<Post> sources = blog.value().scanPosts();
    const qsizetype posts = sources.size();
    sources += blog.value().scanPages();
    std::ranges::sort(sources, {}, &Post::relativePath);
    int withErrors = 0;
    QJsonArray errors = m_report.value(QStringLiteral("errors")).toArray();
    for (const Post &post : std::as_const(sources)) {
        if (!post.error)
            continue;
        ++withErrors;
        const SourceError error = asGiven(root, *post.error);
        found << error.toString() << u'\n';
        errors.append(errorJson(error));
    }

    const LinkCheck::Report links = LinkCheck(blog.value()).run();
    QJsonArray broken;
    for (const SourceError &link : links.broken) {
        const SourceError error = asGiven(root, link);
        found << error.toString() << u'\n';
        broken.append(errorJson(error));
    }

    m_report.insert(QStringLiteral("posts"), int(posts));
    m_report.insert(QStringLiteral("pages"), int(sources.size() - posts));
    m_report.insert(QStringLiteral("errors"), errors);
    m_report.insert(QStringLiteral("linksChecked"), links.links);
    m_report.insert(QStringLiteral("links"), broken);
    // Spelled out: the CLI loads no translator, so %n plural forms would read "1 posts".
    info() << tr("Posts: %1, pages: %2, with errors: %3; links: %4, broken: %5.")
                  .arg(posts)
                  .arg(sources.size() - posts)
                  .arg(withErrors)
                  .arg(links.links)
                  .arg(links.broken.size())
           << u'\n';
    return withErrors > 0 || !links.broken.isEmpty() ? ContentErrors : Success;
}

} // namespace Postwright
