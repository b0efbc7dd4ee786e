#include "clicommands.h"

#include "blog/frontmatter.h"
#include "blog/postdocument.h"
#include "markdown/markdownrenderer.h"
#include "util/atomicfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace Postwright {

namespace {

bool asksForHelp(const QStringList &arguments)
{
    return arguments.contains(u"--help") || arguments.contains(u"-h");
}

// Where --quiet sends progress.
class NullDevice final : public QIODevice
{
public:
    NullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override { return length; }
};

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The fields of the --json documents, as `help COMMAND` shows them. Not translated: they are the format.
constexpr const char errorSchema[] =
    "ERROR = {\"file\": string (\"\" when none), \"line\": int, \"column\": int (0 when unknown), "
    "\"message\": string}";

constexpr const char buildSchema[] = "{\n"
                                     "  \"command\": \"build\", \"ok\": bool, \"exitCode\": int, \"blog\": string,\n"
                                     "  \"generator\": \"postwright\" | \"hugo\" | \"jekyll\",\n"
                                     "  \"output\": string (the output folder), \"fatal\": bool,\n"
                                     "  \"posts\": int, \"pagesWritten\": int, \"filesWritten\": int,\n"
                                     "  \"filesUnchanged\": int, \"filesRemoved\": int, \"durationMs\": int,\n"
                                     "  \"errors\": [ERROR], \"warnings\": [ERROR]\n"
                                     "}";

constexpr const char checkSchema[] = "{\n"
                                     "  \"command\": \"check\", \"ok\": bool, \"exitCode\": int, \"blog\": string,\n"
                                     "  \"posts\": int, \"pages\": int,\n"
                                     "  \"errors\": [ERROR] (front matter, settings, usage),\n"
                                     "  \"linksChecked\": int, \"links\": [ERROR] (the broken links and images)\n"
                                     "}";

constexpr const char publishSchema[] =
    "{\n"
    "  \"command\": \"publish\", \"ok\": bool, \"exitCode\": int, \"blog\": string, \"dryRun\": bool,\n"
    "  \"target\": {\"name\": string, \"type\": string}, \"unit\": \"files\" | \"posts\",\n"
    "  \"build\": {the fields of build's document from \"generator\" to \"warnings\"},\n"
    "  \"plan\": {\"new\": int, \"changed\": int, \"deleted\": int, \"unchanged\": int, \"bytes\": int,\n"
    "           \"actions\": [{\"path\": string, \"action\": \"new\" | \"changed\" | \"deleted\"}]},\n"
    "  \"uploaded\": int, \"deleted\": int, \"bytesUploaded\": int, \"retries\": int,\n"
    "  \"failures\": [{\"file\": string, \"reason\": string}],\n"
    "  \"conflicts\": [{\"file\": string, \"url\": string}],\n"
    "  \"errors\": [ERROR]\n"
    "}\n"
    "Secrets (passwords, tokens, keys) never appear in it.";

// Help lines fit an 80-column terminal, as QCommandLineParser's own do: text is filled word by word
// from column `start`, and every line after the first starts at column `indent`. A word longer than
// the line (a path, an example) stays whole.
QString wrapped(const QString &text, qsizetype start, qsizetype indent)
{
    constexpr qsizetype width = 79;
    QString result;
    const QStringList paragraphs = text.split(u'\n');
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        qsizetype column = p == 0 ? start : indent;
        if (p > 0)
            result += u'\n' + QString(indent, u' ');
        bool lineEmpty = true;
        for (const QString &word : paragraphs.at(p).split(u' ', Qt::SkipEmptyParts)) {
            if (!lineEmpty && column + 1 + word.size() > width) {
                result += u'\n' + QString(indent, u' ');
                column = indent;
                lineEmpty = true;
            }
            if (!lineEmpty) {
                result += u' ';
                ++column;
            }
            result += word;
            column += word.size();
            lineEmpty = false;
        }
    }
    return result;
}

} // namespace

CliCommands::CliCommands(QTextStream &out, QTextStream &err, QString usage)
    : m_out(out)
    , m_err(err)
    , m_usage(std::move(usage))
    , m_nullDevice(std::make_unique<NullDevice>())
    , m_null(m_nullDevice.get())
{}

CliCommands::~CliCommands() = default;

std::span<const CliCommands::Command> CliCommands::commands()
{
    static constexpr Command table[] = {
        {"render", "FILE",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Print a post's body as HTML (the front matter is not rendered)."),
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "0 rendered; 1 the front matter has errors or the file is not UTF-8 (the body is "
                           "printed all the same); 2 wrong usage, or the file does not exist."),
         "postwright-cli render posts/hello.md\n"
         "postwright-cli render posts/hello.md > /tmp/hello.html",
         nullptr, nullptr, &CliCommands::render},
        {"build", "[BLOG] [--out DIR] [--drafts] [--future] [--clean] [--strict] [--watch] [--quiet] [--json]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Build the blog's static site (default output: BLOG/public), rewriting only what changed; "
                           "with --watch, build again whenever a file changes."),
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "0 built (posts with errors are left out and reported); 1 the site could not be built, "
                           "or with --strict a post has errors; 2 wrong usage, or the folder is no blog."),
         "postwright-cli build ~/blogs/myblog --out /tmp/site\n"
         "postwright-cli build --strict --quiet\n"
         "postwright-cli build --json | jq .filesWritten",
         buildSchema, &CliCommands::buildOptions, &CliCommands::build},
        {"publish",
         "[BLOG] [--target NAME] [--dry-run] [--delete] [--trust-host-key] [--keep-mine | --keep-web] [--quiet] "
         "[--json]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Build the blog, then upload what changed to a publish target of blog.yaml (default: "
                           "its default target); with --dry-run, only show what would change. To a hosted blog "
                           "(WordPress, MetaWeblog, Ghost, Micropub) it sends the new and changed posts; a post "
                           "edited on the blog is left alone unless --keep-mine or --keep-web says which version "
                           "wins. The secret comes from POSTWRIGHT_SECRET_<TARGET>, POSTWRIGHT_SECRET or the "
                           "system keychain."),
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "0 published (with --dry-run: planned); 1 the blog has errors (its settings, or the "
                           "build failed), or a hosted blog refused a post or has newer edits of it; 2 wrong "
                           "usage, no blog, no publish target or no such target; 3 the target could not be "
                           "reached, refused the login or has an unknown host key, or no secret was found."),
         "postwright-cli publish ~/blogs/myblog --target production --delete\n"
         "postwright-cli publish --dry-run\n"
         "POSTWRIGHT_SECRET_PRODUCTION=... postwright-cli publish --quiet --json > publish.json",
         publishSchema, &CliCommands::publishOptions, &CliCommands::publish},
        {"pull", "[BLOG] [--target NAME] [--dry-run] [--overwrite] [--quiet]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Download the posts of a WordPress or Ghost target into the blog as Markdown posts "
                           "(drafts included), so that a later publish updates them. Posts already here are "
                           "skipped unless --overwrite. The secret comes from POSTWRIGHT_SECRET_<TARGET>, "
                           "POSTWRIGHT_SECRET or the system keychain."),
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "0 pulled; 1 some posts could not be written, or the blog's settings have errors; "
                           "2 wrong usage, no blog, or no target to pull from; 3 the blog could not be reached or "
                           "read, refused the login, or no secret was found."),
         "postwright-cli pull ~/blogs/myblog --target wordpress\n"
         "postwright-cli pull --dry-run",
         nullptr, &CliCommands::pullOptions, &CliCommands::pull},
        {"import-wxr", "EXPORT.xml [BLOG] [--dry-run] [--quiet]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Import a WordPress export (Tools \u2192 Export) into the blog (default: this folder) as "
                           "Markdown posts and pages; a new or empty folder becomes a new blog. Images are copied "
                           "from an uploads/ folder beside the export. Posts already here are skipped."),
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "0 imported; 1 some posts could not be written, or the blog's settings have errors; "
                           "2 wrong usage, or the export does not exist or cannot be read."),
         "postwright-cli import-wxr ~/Downloads/site.WordPress.xml ~/blogs/myblog\n"
         "postwright-cli import-wxr site.WordPress.xml --dry-run",
         nullptr, &CliCommands::importOptions, &CliCommands::importWxr},
        {"check", "[BLOG] [--quiet] [--json]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "Read every post and page of a blog (default: this folder) without building it, and list "
                           "their errors: front matter, and links and images that lead nowhere (other posts and "
                           "pages, .md files, site paths such as /2026/my-post/, files in static/ or beside the "
                           "post). Web links are not fetched. For a Hugo or Jekyll site, site paths and pages "
                           "only its generator makes are not checked."),
         QT_TRANSLATE_NOOP("Postwright::CliCommands",
                           "0 no errors; 1 a post or page has front matter errors or a broken link or image, or "
                           "the blog's settings have errors; 2 wrong usage, or the folder is no blog."),
         "postwright-cli check ~/blogs/myblog\n"
         "postwright-cli check --quiet || exit 1\n"
         "postwright-cli check --json | jq -r '.links[] | \"\\(.file):\\(.line): \\(.message)\"'",
         checkSchema, &CliCommands::checkOptions, &CliCommands::check},
        {"help", "[COMMAND]",
         QT_TRANSLATE_NOOP("Postwright::CliCommands", "Show the commands, or how to use one of them."),
         QT_TRANSLATE_NOOP("Postwright::CliCommands", "0 shown; 2 there is no such command."),
         "postwright-cli help render\n"
         "postwright-cli publish --help",
         nullptr, nullptr, &CliCommands::help},
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

QString CliCommands::closestCommand(const QString &name)
{
    QString closest;
    int best = 3; // "chek", "biuld", "publsh"; anything further is no typo
    for (const Command &command : commands()) {
        const QString candidate = QLatin1StringView(command.name);
        const int distance = editDistance(name.toLower(), candidate);
        if (distance < best || (candidate.startsWith(name.toLower()) && name.size() >= 2)) {
            best = std::min(best, distance);
            closest = candidate;
        }
    }
    return closest;
}

QString CliCommands::synopsis(const Command &command)
{
    return QLatin1StringView(command.name) + u' ' + QLatin1StringView(command.arguments);
}

QList<QCommandLineOption> CliCommands::outputOptions(bool json)
{
    QList<QCommandLineOption> options = {
        {{QStringLiteral("q"), QStringLiteral("quiet")},
         tr("Print no progress and no summary; errors still go to standard error, and the exit code is the "
            "same.")}};
    if (json) {
        options.append({QStringLiteral("json"),
                        tr("Print one JSON document on standard output instead of the text (see below); "
                           "progress goes to standard error.")});
    }
    return options;
}

QList<QCommandLineOption> CliCommands::checkOptions()
{
    return outputOptions(true);
}

QString CliCommands::optionsHelp(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? u"-" : u"--") + name);
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        rows.append({left, option.description()});
    }
    rows.append({QStringLiteral("-h, --help"), tr("Show this help.")});
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &[left, description] : std::as_const(rows))
        text += u"  " + left.leftJustified(width + 2) + wrapped(description, width + 4, width + 4) + u'\n';
    return text;
}

bool CliCommands::parse(QCommandLineParser &parser, const char *command, const QStringList &arguments)
{
    if (!parser.parse(QStringList{QLatin1StringView(command)} + arguments))
        return false;
    const QStringList set = parser.optionNames();
    if (set.contains(u"q") || set.contains(u"quiet"))
        m_quiet = true;
    if (set.contains(u"json"))
        m_json = true;
    return true;
}

QTextStream &CliCommands::info()
{
    if (m_quiet)
        return m_null;
    return m_json ? m_err : m_out;
}

QJsonObject CliCommands::errorJson(const SourceError &error)
{
    return {{QStringLiteral("file"), error.file},
            {QStringLiteral("line"), error.line},
            {QStringLiteral("column"), error.column},
            {QStringLiteral("message"), error.message}};
}

int CliCommands::fail(int code, const SourceError &error)
{
    m_err << error.toString() << u'\n';
    if (m_json) {
        QJsonArray errors = m_report.value(QStringLiteral("errors")).toArray();
        errors.append(errorJson(error));
        m_report.insert(QStringLiteral("errors"), errors);
    }
    return code;
}

SourceError CliCommands::asGiven(const QString &root, SourceError error)
{
    if (!error.file.isEmpty() && QFileInfo(error.file).isRelative())
        error.file = pathAsGiven(root, error.file);
    return error;
}

void CliCommands::writeJson(const Command &command, int exitCode)
{
    m_report.insert(QStringLiteral("command"), QLatin1StringView(command.name));
    m_report.insert(QStringLiteral("ok"), exitCode == Success);
    m_report.insert(QStringLiteral("exitCode"), exitCode);
    if (!m_report.contains(QStringLiteral("errors")))
        m_report.insert(QStringLiteral("errors"), QJsonArray());
    QByteArray json = QJsonDocument(m_report).toJson(QJsonDocument::Indented);
    // Belt and braces: no message should hold a secret, and the document never does.
    for (const QString &secret : std::as_const(m_secrets)) {
        if (secret.size() < 6)
            continue;
        QByteArray escaped = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
        escaped = escaped.mid(2, escaped.size() - 4); // ["…"]
        json.replace(escaped, "***");
    }
    m_err.flush();
    m_out << QString::fromUtf8(json);
    m_out.flush();
}

QString CliCommands::helpText() const
{
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, qsizetype(qstrlen(command.name)));
    const QString indent(width + 4, u' ');

    QString text = m_usage + u'\n' + tr("Commands:") + u'\n';
    for (const Command &command : commands()) {
        const QString example = QString::fromUtf8(command.examples).section(u'\n', 0, 0);
        text += u"  " + QString::fromLatin1(command.name).leftJustified(width + 2) +
                wrapped(tr(command.summary), indent.size(), indent.size()) + u'\n' + indent +
                tr("Example: %1").arg(example) + u'\n';
    }
    text += u'\n' +
            wrapped(tr("Run \"%1 help COMMAND\" for a command's options, exit codes and JSON output.")
                        .arg(QCoreApplication::applicationName()),
                    0, 0) +
            u'\n' +
            wrapped(tr("Exit codes: 0 success, 1 errors in the blog's files, 2 wrong usage or a missing file, "
                       "3 publishing or pulling failed (network, login, host key, missing secret)."),
                    0, 0) +
            u'\n';
    return text;
}

QString CliCommands::commandHelp(const Command &command) const
{
    QString text = tr("Usage: %1 %2").arg(QCoreApplication::applicationName(), synopsis(command)) + u'\n' +
                   wrapped(tr(command.summary), 0, 0) + u"\n\n" + tr("Options:") + u'\n' +
                   optionsHelp(command.options ? command.options() : QList<QCommandLineOption>()) + u'\n' +
                   wrapped(tr("Exit codes: %1").arg(tr(command.exitCodes)), 0, 0) + u'\n';
    if (command.jsonSchema) {
        text += u'\n' +
                wrapped(tr("With --json, standard output holds one JSON document (indented, keys in "
                           "alphabetical order), also on failure:"),
                        0, 0) +
                u'\n' + QString::fromUtf8(command.jsonSchema) + u'\n' + QString::fromUtf8(errorSchema) + u'\n';
    }
    text += u'\n';
    for (const QString &example : QString::fromUtf8(command.examples).split(u'\n'))
        text += tr("Example: %1").arg(example) + u'\n';
    return text;
}

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        m_err << helpText();
        return UsageError;
    }
    const Command *command = find(arguments.first());
    if (!command) {
        QString message = tr("Unknown command \"%1\".").arg(arguments.first());
        if (const QString closest = closestCommand(arguments.first()); !closest.isEmpty())
            message += u' ' + tr("Did you mean \"%1\"?").arg(closest);
        return usageError(message);
    }
    const QStringList commandArguments = arguments.sliced(1);
    if (asksForHelp(commandArguments)) {
        m_out << commandHelp(*command);
        return Success;
    }
    if (m_json && !command->jsonSchema) {
        m_json = false;
        return usageError(tr("The %1 command has no --json output.").arg(QLatin1StringView(command->name)));
    }
    // Known before the arguments are parsed, so that a usage error comes as JSON too.
    if (command->jsonSchema && commandArguments.contains(u"--json"))
        m_json = true;
    const int exitCode = (this->*command->handler)(commandArguments);
    if (m_json)
        writeJson(*command, exitCode);
    return exitCode;
}

QString CliCommands::pathAsGiven(const QString &blogArgument, const QString &relativePath)
{
    return QDir::cleanPath(blogArgument + u'/' + relativePath);
}

int CliCommands::blogError(const QString &root, const SourceError &error)
{
    // A folder that is a blog (blog.yaml, a Hugo or Jekyll config) with broken settings; else the wrong folder.
    return fail(SiteLayout::detect(root).isValid() ? ContentErrors : UsageError, error);
}

int CliCommands::usageError(const QString &message)
{
    fail(UsageError, message);
    m_err << tr("Run \"%1 help\" to see the commands.").arg(QCoreApplication::applicationName()) << u'\n';
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

} // namespace Postwright
