#include "archetype.h"

#include "blog/blog.h"
#include "blog/siteconfig.h"
#include "blog/yamlscalar.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Postwright {

namespace {

using namespace Qt::StringLiterals;

// Hugo's `title` capitalises each word ("AP" style by default, which also keeps short words like
// "of" small); here each word simply starts with a capital. The title is set from the writer's own
// title afterwards, so this only shows in other keys that use it.
QString titleCase(const QString &text)
{
    QString out = text;
    bool wordStart = true;
    for (QChar &c : out) {
        if (wordStart && c.isLetter())
            c = c.toUpper();
        wordStart = c.isSpace();
    }
    return out;
}

// The value of one template action, or nothing for an action that needs Hugo to run.
std::optional<QString> evaluate(const QString &action, const QString &name, const QDateTime &date)
{
    static const QRegularExpression nameField(
        uR"(^\.(?:Name|File\.ContentBaseName|File\.TranslationBaseName|TranslationBaseName|File\.BaseFileName)$)"_s);
    static const QRegularExpression replaced(uR"(^replace\s+(\S+)\s+"-"\s+" "\s*(\|\s*title)?$)"_s);
    static const QRegularExpression titled(uR"(^(\S+)\s*\|\s*title$)"_s);

    if (action == u".Date")
        return YamlScalar::dateTime(date); // RFC 3339, as Hugo formats .Date in archetypes
    if (nameField.match(action).hasMatch())
        return name;
    if (const QRegularExpressionMatch m = replaced.match(action); m.hasMatch()) {
        if (!nameField.match(m.captured(1)).hasMatch())
            return std::nullopt;
        const QString spaced = QString(name).replace(u'-', u' ');
        return m.hasCaptured(2) ? titleCase(spaced) : spaced;
    }
    if (const QRegularExpressionMatch m = titled.match(action); m.hasMatch()) {
        if (nameField.match(m.captured(1)).hasMatch())
            return titleCase(name);
    }
    return std::nullopt;
}

// A line whose value was left out: `key =`, `key:`, or nothing at all.
bool isLeftEmpty(const QString &line)
{
    static const QRegularExpression keyWithoutValue(uR"(^\s*("[^"]*"|'[^']*'|[^\s=:#"']+)\s*[=:]\s*$)"_s);
    return line.trimmed().isEmpty() || keyWithoutValue.match(line).hasMatch();
}

} // namespace

QString Archetype::find(const Blog &blog, const QString &section)
{
    const QDir root(blog.rootPath());
    QStringList folders{root.filePath(u"archetypes"_s)};
    if (const Result<SiteConfig> config = SiteConfig::loadHugo(blog.rootPath())) {
        QString themesDir = config.value().text({u"themesDir"_s});
        if (themesDir.isEmpty())
            themesDir = u"themes"_s;
        for (const QString &theme : config.value().list({u"theme"_s})) {
            if (!theme.isEmpty())
                folders.append(QDir(root.filePath(themesDir)).filePath(theme + u"/archetypes"_s));
        }
    }
    for (const QString &folder : std::as_const(folders)) {
        for (const QString &name : QStringList{section + u".md"_s, u"default.md"_s}) {
            const QString path = QDir(folder).filePath(name);
            if (!section.isEmpty() && QFileInfo(path).isFile())
                return path;
        }
    }
    return {};
}

QString Archetype::expand(const QString &archetypeText, const QString &name, const QDateTime &date)
{
    // Go templates cannot be run without hugo: .Site, .Params, conditions, ranges and most functions
    // need Hugo's whole site. The expressions above are the ones `hugo new site` and themes put in
    // archetypes; any other is left out rather than written as {{ … }}, which TOML and YAML would
    // not read as what hugo would have put there.
    static const QRegularExpression action(uR"(\{\{(-?)(.*?)(-?)\}\})"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    QString out;
    QSet<qsizetype> emptiedLines; // lines of `out` where an action was left out
    qsizetype at = 0;
    bool trimNext = false; // `-}}` trims the white space after it, `{{-` the white space before
    const auto append = [&](QString text, bool trimEnd) {
        if (trimNext) {
            qsizetype i = 0;
            while (i < text.size() && text.at(i).isSpace())
                ++i;
            text.remove(0, i);
        }
        if (trimEnd) {
            while (!text.isEmpty() && text.back().isSpace())
                text.chop(1);
        }
        out += text;
    };
    for (auto it = action.globalMatch(archetypeText); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        append(archetypeText.sliced(at, m.capturedStart() - at), m.captured(1) == u"-");
        if (const std::optional<QString> value = evaluate(m.captured(2).trimmed(), name, date))
            out += *value;
        else
            emptiedLines.insert(out.count(u'\n'));
        trimNext = m.captured(3) == u"-";
        at = m.capturedEnd();
    }
    append(archetypeText.mid(at), false);
    if (emptiedLines.isEmpty())
        return out;

    QStringList lines = out.split(u'\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (emptiedLines.contains(i) && isLeftEmpty(lines.at(i)))
            lines.removeAt(i);
    }
    return lines.join(u'\n');
}

} // namespace Postwright
