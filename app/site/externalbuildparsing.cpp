// ExternalBuild's reading of what the generators write: their configuration (where the site goes)
// and their messages (which line of which file is wrong).
#include "externalbuild.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

// The first value of a top-level key, compared without case (Hugo's keys are case-insensitive,
// Jekyll's are not: callers pass caseSensitive accordingly). Empty when the file does not parse.
QString topLevelString(const QString &path, const QString &key, bool caseSensitive)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QString suffix = QFileInfo(path).suffix().toLower();
    try {
        if (suffix == u"toml") {
            const toml::table table = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
            for (auto &&[name, value] : table) {
                if (QString::fromUtf8(name.str()).compare(key, cs) == 0) {
                    if (const auto text = value.value<std::string>())
                        return QString::fromStdString(*text);
                }
            }
        } else if (suffix == u"json") {
            const QJsonObject object = QJsonDocument::fromJson(bytes).object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key().compare(key, cs) == 0 && it.value().isString())
                    return it.value().toString();
            }
        } else {
            const YAML::Node root = YAML::Load(bytes.toStdString());
            if (!root.IsMap())
                return {};
            for (const auto &entry : root) {
                if (entry.first.IsScalar() && entry.second.IsScalar() &&
                    QString::fromStdString(entry.first.Scalar()).compare(key, cs) == 0)
                    return QString::fromStdString(entry.second.Scalar());
            }
        }
    } catch (const toml::parse_error &) {
    } catch (const YAML::Exception &) {
    }
    return {};
}

// A path the generator printed, relative to the site when inside it.
QString sitePath(const QString &path, const QString &siteRoot)
{
    const QString clean = QDir::cleanPath(path);
    if (QFileInfo(clean).isRelative())
        return clean;
    const QString absoluteRoot = QDir::cleanPath(QDir(siteRoot).absolutePath());
    const QString canonicalRoot = QFileInfo(siteRoot).canonicalFilePath();
    for (const QString &root : {absoluteRoot, canonicalRoot}) {
        if (!root.isEmpty() && clean.startsWith(root + u'/'))
            return clean.mid(root.size() + 1);
    }
    return clean;
}

QString absoluteIn(const QString &path, const QString &siteRoot)
{
    return QFileInfo(path).isRelative() ? QDir(siteRoot).absoluteFilePath(path) : path;
}

// Collects errors once each: Hugo prints a template error both as it happens (ERROR) and in its
// final message (Error:).
class ErrorList
{
public:
    void add(const SourceError &error)
    {
        const QString key = error.file.isEmpty() ? error.message
                                                 : error.file + u':' + QString::number(error.line) + u':' +
                                                       QString::number(error.column);
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            m_errors.append(error);
        }
    }
    bool isEmpty() const { return m_errors.isEmpty(); }
    QList<SourceError> take() { return std::move(m_errors); }

private:
    QList<SourceError> m_errors;
    QSet<QString> m_seen;
};

// Psych's "(<unknown>): MESSAGE at line L column C": the message, and the place into error.
QString takePsychLocation(QString message, SourceError &error)
{
    static const QRegularExpression unknown(u"^\\(<unknown>\\):\\s*"_s);
    static const QRegularExpression at(u"\\s+at line (\\d+) column (\\d+)\\s*$"_s);
    message.remove(unknown);
    const QRegularExpressionMatch match = at.match(message);
    if (match.hasMatch()) {
        error.line = match.captured(1).toInt();
        error.column = match.captured(2).toInt();
        message.truncate(match.capturedStart());
    }
    return message.trimmed();
}

QList<SourceError> parseHugo(const QStringList &lines, const QString &siteRoot)
{
    // "/abs/file:line:col": message — how Hugo locates config, content and template errors alike.
    static const QRegularExpression located(u"\"([^\"]+):(\\d+):(\\d+)\":\\s*(.*)$"_s);
    // Go's template package repeats the place: "template: _default/single.html:4:8: ".
    static const QRegularExpression templatePlace(u"template: \\S+:\\d+(:\\d+)?: "_s);
    static const QRegularExpression errorLine(
        u"^(?:Error:|ERROR(?: \\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d)?)\\s+(.*)$"_s);
    ErrorList errors;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const QRegularExpressionMatch error = errorLine.match(line);
        if (!error.hasMatch())
            continue;
        const QRegularExpressionMatch match = located.match(line);
        if (match.hasMatch()) {
            QString message = match.captured(4);
            message.remove(templatePlace);
            errors.add({sitePath(match.captured(1), siteRoot), match.captured(2).toInt(),
                        match.captured(3).toInt(), message.trimmed()});
        } else {
            errors.add({QString(), 0, 0, error.captured(1).trimmed()});
        }
    }
    return errors.take();
}

QList<SourceError> parseJekyll(const QStringList &lines, const QString &siteRoot,
                               const ExternalBuild::LineOffsetFunction &bodyLineOffset)
{
    static const QRegularExpression yamlException(u"^(?:Error:\\s+)?YAML Exception reading (.+?): (.*)$"_s);
    static const QRegularExpression unreadable(u"^Error:\\s+could not read file (.+?): (.*)$"_s);
    static const QRegularExpression liquid(u"^Liquid Exception: (.*) in (\\S.*)$"_s);
    static const QRegularExpression liquidLine(u"\\s*\\(line (\\d+)\\)"_s);
    static const QRegularExpression conversion(
        u"^Conversion error: (?:Jekyll::Converters::)?(\\S+) encountered an error while converting '(.+)':$"_s);
    static const QRegularExpression converterPlace(u"\\s+on line (\\d+):(\\d+) of \\S+.*$"_s);
    static const QRegularExpression dependency(u"^Dependency Error: (.*)$"_s);
    static const QRegularExpression otherError(u"^Error:\\s+(.*)$"_s);
    // The headline of a Ruby backtrace: "/usr/lib/ruby/…/psych.rb:455:in `parse': MESSAGE
    // (Psych::SyntaxError)".
    static const QRegularExpression rubyException(u"^\\S+\\.rb:\\d+:in `[^']*': (.*) \\(([\\w:]+)\\)$"_s);

    ErrorList errors;
    SourceError uncaught; // from a backtrace: used when Jekyll said nothing better
    bool configRead = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(u"Configuration file:"))
            configRead = true;
        QRegularExpressionMatch match;
        if ((match = yamlException.match(line)).hasMatch() || (match = unreadable.match(line)).hasMatch()) {
            SourceError error{sitePath(match.captured(1), siteRoot), 0, 0, {}};
            error.message = takePsychLocation(match.captured(2), error);
            errors.add(error);
        } else if ((match = liquid.match(line)).hasMatch()) {
            SourceError error{sitePath(match.captured(2), siteRoot), 0, 0, match.captured(1)};
            const QRegularExpressionMatch place = liquidLine.match(error.message);
            if (place.hasMatch()) {
                error.line = place.captured(1).toInt();
                if (bodyLineOffset)
                    error.line += bodyLineOffset(absoluteIn(match.captured(2), siteRoot));
                error.message.remove(place.capturedStart(), place.capturedLength());
            }
            errors.add(error);
        } else if ((match = conversion.match(line)).hasMatch()) {
            SourceError error{sitePath(match.captured(2), siteRoot), 0, 0,
                              ExternalBuild::tr("%1 could not convert the file.").arg(match.captured(1))};
            // The converter's own message follows: "Error: Invalid CSS after …: expected "}" … on line 1:18
            // of main.scss >> …".
            const QRegularExpressionMatch detail = i + 1 < lines.size()
                                                       ? otherError.match(lines.at(i + 1).trimmed())
                                                       : QRegularExpressionMatch();
            if (detail.hasMatch()) {
                ++i;
                QString message = detail.captured(1).trimmed();
                const QRegularExpressionMatch place = converterPlace.match(message);
                if (place.hasMatch()) {
                    error.line = place.captured(1).toInt();
                    error.column = place.captured(2).toInt();
                    message.truncate(place.capturedStart());
                }
                error.message = message;
            }
            errors.add(error);
        } else if ((match = dependency.match(line)).hasMatch()) {
            errors.add({QString(), 0, 0, match.captured(1).trimmed()});
        } else if ((match = rubyException.match(line)).hasMatch()) {
            if (!uncaught.message.isEmpty())
                continue;
            // Jekyll rescues the YAML of posts and pages, not that of _config.yml, which it reads
            // before it prints "Configuration file:"; _data files come later and are not named.
            if (match.captured(2) == u"Psych::SyntaxError" && !configRead) {
                uncaught.file = u"_config.yml"_s;
                uncaught.message = takePsychLocation(match.captured(1), uncaught);
            } else {
                uncaught.message = match.captured(1).remove(u"(<unknown>): "_s).trimmed();
            }
        } else if ((match = otherError.match(line)).hasMatch()) {
            const QString message = match.captured(1).trimmed();
            if (!message.isEmpty() && !message.startsWith(u"YOUR SITE COULD NOT BE BUILT"))
                errors.add({QString(), 0, 0, message});
        }
    }
    if (errors.isEmpty() && !uncaught.message.isEmpty())
        errors.add(uncaught);
    return errors.take();
}

} // namespace

QString ExternalBuild::detectOutputPath(Generator generator, const QString &siteRoot)
{
    const QDir root(siteRoot);
    QString configured;
    if (generator == Generator::Hugo) {
        // Hugo reads the first of these it finds; a config/_default folder when there is none.
        const QStringList candidates{u"hugo.toml"_s,   u"hugo.yaml"_s,   u"hugo.yml"_s,   u"hugo.json"_s,
                                     u"config.toml"_s, u"config.yaml"_s, u"config.yml"_s, u"config.json"_s};
        for (const QString &folder : {u"."_s, u"config/_default"_s}) {
            for (const QString &name : candidates) {
                const QString path = root.filePath(folder + u'/' + name);
                if (QFileInfo(path).isFile()) {
                    configured = topLevelString(path, u"publishDir"_s, false);
                    break;
                }
            }
            if (!configured.isEmpty())
                break;
        }
        if (configured.isEmpty())
            configured = u"public"_s;
    } else {
        for (const QString &name : {u"_config.yml"_s, u"_config.yaml"_s, u"_config.toml"_s}) {
            const QString path = root.filePath(name);
            if (QFileInfo(path).isFile()) {
                configured = topLevelString(path, u"destination"_s, true);
                break;
            }
        }
        if (configured.isEmpty())
            configured = u"_site"_s;
    }
    return QDir::cleanPath(root.absoluteFilePath(configured));
}

QList<SourceError> ExternalBuild::parseErrors(Generator generator, const QString &output,
                                              const QString &siteRoot,
                                              const LineOffsetFunction &bodyLineOffset)
{
    // Jekyll colours its messages even into a pipe.
    static const QRegularExpression ansi(u"\x1B\\[[0-9;?]*[ -/]*[@-~]"_s);
    const QStringList lines = QString(output).remove(ansi).split(u'\n');
    return generator == Generator::Hugo ? parseHugo(lines, siteRoot)
                                        : parseJekyll(lines, siteRoot, bodyLineOffset);
}

int ExternalBuild::frontMatterLineCount(const QString &absoluteFile)
{
    QFile file(absoluteFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // Jekyll's front matter: "---" on the first line, up to the next "---" or "...".
    if (file.readLine().trimmed() != "---")
        return 0;
    int line = 1;
    while (!file.atEnd()) {
        ++line;
        const QByteArray text = file.readLine().trimmed();
        if (text == "---" || text == "...")
            return line;
    }
    return 0;
}

} // namespace Postwright
