#include "clicommands.h"

#include "blog/blog.h"
#include "blog/frontmatter.h"
#include "blog/postdocument.h"
#include "markdown/markdownrenderer.h"
#include "util/atomicfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Postwright {

namespace {

bool asksForHelp(const QStringList &arguments)
{
    return arguments.contains(u"--help") || arguments.contains(u"-h");
}

} // namespace

CliCommands::CliCommands(QTextStream &out, QTextStream &err, QString usage)
    : m_out(out)
    , m_err(err)
    , m_usage(std::move(usage))
{}

std::span<const CliCommands::Command> CliCommands::commands()
{
    static constexpr Command table[] = {
        {"render", "FILE",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Print a post's body as HTML (the front matter is not rendered)."),
         "postwright-cli render posts/hello.md", &CliCommands::render},
        {"build", "[BLOG] [--out DIR] [--drafts] [--future] [--clean] [--strict] [--watch]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Build the blog's static site (default output: BLOG/public), rewriting only what changed; "
                           "with --watch, build again whenever a file changes."),
         "postwright-cli build ~/blogs/myblog --out /tmp/site", &CliCommands::build},
        {"publish", "[BLOG] [--target NAME] [--dry-run] [--delete] [--trust-host-key] [--keep-mine | --keep-web]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Build the blog, then upload what changed to a publish target of blog.yaml (default: "
                           "its default target); with --dry-run, only show what would change. To a hosted blog "
                           "(WordPress, MetaWeblog, Ghost, Micropub) it sends the new and changed posts; a post "
                           "edited on the blog is left alone unless --keep-mine or --keep-web says which version "
                           "wins. The secret comes from POSTWRIGHT_SECRET_<TARGET>, POSTWRIGHT_SECRET or the "
                           "system keychain."),
         "postwright-cli publish ~/blogs/myblog --target production --delete", &CliCommands::publish},
        {"pull", "[BLOG] [--target NAME] [--dry-run] [--overwrite]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Download the posts of a WordPress or Ghost target into the blog as Markdown posts "
                           "(drafts included), so that a later publish updates them. Posts already here are "
                           "skipped unless --overwrite. The secret comes from POSTWRIGHT_SECRET_<TARGET>, "
                           "POSTWRIGHT_SECRET or the system keychain."),
         "postwright-cli pull ~/blogs/myblog --target wordpress", &CliCommands::pull},
        {"import-wxr", "EXPORT.xml [BLOG] [--dry-run]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Import a WordPress export (Tools \u2192 Export) into the blog (default: this folder) as "
                           "Markdown posts and pages; a new or empty folder becomes a new blog. Images are copied "
                           "from an uploads/ folder beside the export. Posts already here are skipped."),
         "postwright-cli import-wxr ~/Downloads/site.WordPress.xml ~/blogs/myblog", &CliCommands::importWxr},
        {"check", "[BLOG]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Read every post of a blog (default: this folder) and list their errors."),
         "postwright-cli check ~/blogs/myblog", &CliCommands::check},
        {"help", "[COMMAND]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands", "Show the commands, or how to use one of them."),
         "postwright-cli help render", &CliCommands::help},
    };
    return table;
}

const CliCommands::Command *CliCommands::find(const QString &name)
{
    const std::span<const Command> all = commands();
    const auto found = std::ranges::find_if(
        all, [&name](const Command &command) { return name == QLatin1StringView(command.name); });
    return found == all.end() ? nullptr : &*found;
}

QString CliCommands::synopsis(const Command &command)
{
    return QLatin1StringView(command.name) + u' ' + QLatin1StringView(command.arguments);
}

QString CliCommands::helpText() const
{
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, synopsis(command).size());
    const QString indent(width + 4, u' ');

    QString text = m_usage + u'\n' + tr("Commands:") + u'\n';
    for (const Command &command : commands()) {
        text += u"  " + synopsis(command).leftJustified(width + 2) + tr(command.summary) + u'\n' + indent +
                tr("Example: %1").arg(QLatin1StringView(command.example)) + u'\n';
    }
    text += u'\n' +
            tr("Exit codes: 0 success, 1 errors in the blog's files, 2 wrong usage or a missing file, "
               "3 publishing or pulling failed (network, login, host key, missing secret).") +
            u'\n';
    return text;
}

QString CliCommands::commandHelp(const Command &command) const
{
    return tr("Usage: %1 %2").arg(QCoreApplication::applicationName(), synopsis(command)) + u'\n' +
           tr(command.summary) + u'\n' + tr("Example: %1").arg(QLatin1StringView(command.example)) + u'\n';
}

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        m_err << helpText();
        return UsageError;
    }
    const Command *command = find(arguments.first());
    if (!command)
        return usageError(tr("Unknown command \"%1\".").arg(arguments.first()));
    const QStringList commandArguments = arguments.sliced(1);
    if (asksForHelp(commandArguments)) {
        m_out << commandHelp(*command);
        return Success;
    }
    return (this->*command->handler)(commandArguments);
}

QString CliCommands::pathAsGiven(const QString &blogArgument, const QString &relativePath)
{
    return QDir::cleanPath(blogArgument + u'/' + relativePath);
}

int CliCommands::blogError(const QString &root, const SourceError &error)
{
    m_err << error.toString() << u'\n';
    // With a blog.yaml this is a blog whose settings are broken; without one, the wrong folder.
    return QFileInfo::exists(QDir(root).filePath(QStringLiteral("blog.yaml"))) ? ContentErrors : UsageError;
}

int CliCommands::usageError(const QString &message)
{
    m_err << message << u'\n'
          << tr("Run \"%1 help\" to see the commands.").arg(QCoreApplication::applicationName()) << u'\n';
    return UsageError;
}

int CliCommands::help(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        m_out << helpText();
        return Success;
    }
    const Command *command = arguments.size() == 1 ? find(arguments.first()) : nullptr;
    if (!command)
        return usageError(tr("There is no command \"%1\".").arg(arguments.join(u' ')));
    m_out << commandHelp(*command);
    return Success;
}

int CliCommands::render(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("The render command takes one FILE."));
    const QString &path = arguments.first();
    const Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes) {
        m_err << bytes.error().toString() << u'\n';
        return UsageError;
    }

    // Problems are reported and the body is rendered anyway, so the writer sees both at once.
    int exitCode = Success;
    const PostDocument document = PostDocument::fromBytes(bytes.value(), path);
    if (const std::optional<SourceError> &encodingError = document.encodingError()) {
        m_err << encodingError->toString() << u'\n';
        exitCode = ContentErrors;
    }
    if (const Result<ParsedFrontMatter> parsed = FrontMatter::parse(document.text(), path); !parsed) {
        m_err << parsed.error().toString() << u'\n';
        exitCode = ContentErrors;
    }
    m_out << MarkdownRenderer::postBodyToHtml(document.text());
    return exitCode;
}

int CliCommands::check(const QStringList &arguments)
{
    if (arguments.size() > 1)
        return usageError(tr("The check command takes at most one BLOG folder."));
    const QString root = arguments.value(0, QStringLiteral("."));
    const Result<Blog> blog = Blog::open(root);
    if (!blog)
        return blogError(root, blog.error());

    QList<Post> posts = blog.value().scanPosts();
    std::ranges::sort(posts, {}, &Post::relativePath);
    int withErrors = 0;
    for (const Post &post : std::as_const(posts)) {
        if (!post.error)
            continue;
        ++withErrors;
        SourceError error = *post.error;
        error.file = pathAsGiven(root, error.file);
        m_out << error.toString() << u'\n';
    }
    // Spelled out: the CLI loads no translator, so %n plural forms would read "1 posts".
    const QString summary = posts.size() == 1 ? tr("1 post, %1 with errors").arg(withErrors)
                                              : tr("%1 posts, %2 with errors").arg(posts.size()).arg(withErrors);
    m_out << summary << u'\n';
    return withErrors > 0 ? ContentErrors : Success;
}

} // namespace Postwright
