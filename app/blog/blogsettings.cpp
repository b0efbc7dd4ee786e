#include "blogsettings.h"

#include "blog/jekyllfiles.h"
#include "blog/siteconfig.h"
#include "blog/yamldocument.h"
#include "util/atomicfile.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Postwright {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::BlogSettings", text);
}

// Reads the first of several spellings that is present. A value that must be text and is not is an
// error; a table where a theme may put one (author: {name: …}) is looked into by the caller.
std::optional<SourceError> readText(const SiteConfig &config, std::initializer_list<QStringList> paths,
                                    QString &out, bool strict = true)
{
    for (const QStringList &path : paths) {
        const SiteConfig::Value value = config.value(path);
        if (!value.present)
            continue;
        if (!value.scalar) {
            if (!strict)
                continue;
            return SourceError{value.file, value.line, value.column,
                               tr("\u201c%1\u201d should be text.").arg(path.join(u'.'))};
        }
        out = value.text;
        return {};
    }
    return {};
}

// Hugo's permalink tokens in Postwright's: :filename and :contentbasename are the slug.
QString fromHugoPermalink(QString pattern)
{
    pattern.replace(u":contentbasename"_s, u":slug"_s);
    pattern.replace(u":slugorfilename"_s, u":slug"_s);
    pattern.replace(u":filename"_s, u":slug"_s);
    return pattern;
}

// [permalinks] maps a section to its pattern; Hugo 0.115 added [permalinks.page] (and .section,
// .taxonomy, .term for list pages, which the built-in theme lays out its own way).
std::optional<SourceError> readPermalinks(const SiteConfig &config, QMap<QString, QString> &out)
{
    static const QStringList kinds{u"page"_s, u"section"_s, u"taxonomy"_s, u"term"_s};
    const SiteConfig::Value table = config.value({u"permalinks"_s});
    for (const QString &key : table.keys) {
        const SiteConfig::Value value = config.value({u"permalinks"_s, key});
        if (value.scalar) {
            if (!kinds.contains(key, Qt::CaseInsensitive) || !out.contains(key.toLower()))
                out.insert(key.toLower(), value.text);
            continue;
        }
        if (key.compare(u"page"_s, Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &section : value.keys) {
            const SiteConfig::Value pattern = config.value({u"permalinks"_s, key, section});
            if (!pattern.scalar)
                return SourceError{pattern.file, pattern.line, pattern.column,
                                   tr("\u201cpermalinks.%1.%2\u201d should be text.").arg(key, section)};
            out.insert(section.toLower(), pattern.text);
        }
    }
    return {};
}

Result<BlogSettings> hugoSettings(const SiteConfig &config)
{
    BlogSettings settings;
    for (auto problem :
         {readText(config, {{u"title"_s}}, settings.title),
          readText(config, {{u"baseURL"_s}}, settings.baseUrl),
          readText(config, {{u"languageCode"_s}, {u"defaultContentLanguage"_s}}, settings.language),
          readText(config, {{u"params"_s, u"description"_s}, {u"description"_s}}, settings.description),
          readText(config,
                   {{u"params"_s, u"author"_s},
                    {u"params"_s, u"author"_s, u"name"_s},
                    {u"author"_s, u"name"_s},
                    {u"author"_s}},
                   settings.author, false),
          readPermalinks(config, settings.sectionPermalinks)}) {
        if (problem)
            return *problem;
    }
    if (const QString posts = settings.sectionPermalinks.value(u"posts"_s); !posts.isEmpty())
        settings.permalink = fromHugoPermalink(posts);
    settings.uglyUrls = config.flag({u"uglyURLs"_s}, false);
    if (settings.language.isEmpty())
        settings.language = BlogSettings().language;
    return settings;
}

Result<BlogSettings> jekyllSettings(const SiteConfig &config)
{
    BlogSettings settings;
    QString url;
    QString baseurl;
    QString permalink;
    for (auto problem : {readText(config, {{u"title"_s}}, settings.title),
                         readText(config, {{u"url"_s}}, url), readText(config, {{u"baseurl"_s}}, baseurl),
                         readText(config, {{u"description"_s}}, settings.description),
                         readText(config, {{u"author"_s}, {u"author"_s, u"name"_s}}, settings.author, false),
                         readText(config, {{u"lang"_s}, {u"locale"_s}}, settings.language),
                         readText(config, {{u"permalink"_s}}, permalink)}) {
        if (problem)
            return *problem;
    }
    // url is the host ("https://example.org"), baseurl the folder the site lives in ("/blog").
    if (!url.isEmpty()) {
        while (url.endsWith(u'/'))
            url.chop(1);
        while (baseurl.endsWith(u'/'))
            baseurl.chop(1);
        if (!baseurl.isEmpty() && !baseurl.startsWith(u'/'))
            baseurl.prepend(u'/');
        settings.baseUrl = url + baseurl + u'/';
    }
    if (settings.language.isEmpty())
        settings.language = BlogSettings().language;
    settings.permalink = BlogSettings::fromJekyllPermalink(permalink);
    settings.jekyllPermalink = permalink.isEmpty() ? u"date"_s : permalink;
    settings.exclude = JekyllFiles::excludes(config);
    settings.include = JekyllFiles::includes(config);
    return settings;
}

} // namespace

Result<BlogSettings> BlogSettings::parse(const QString &yaml, const QString &fileName)
{
    BlogSettings settings;
    Result<YAML::Node> loaded = loadYamlDocument(yaml, fileName);
    if (!loaded)
        return loaded.error();
    YAML::Node root = std::move(loaded).value();
    if (!root || root.IsNull())
        return settings;
    if (!root.IsMap())
        return SourceError{fileName, 1, 1, tr("blog.yaml should be a list of \u201ckey: value\u201d lines.")};

    // Each setting may be spelled the way Hugo or Jekyll users are used to.
    const auto text = [&](std::initializer_list<const char *> keys, QString &out) -> std::optional<SourceError> {
        for (const char *key : keys) {
            const YAML::Node value = root[key];
            if (!value || value.IsNull())
                continue;
            if (!value.IsScalar()) {
                return SourceError{fileName, value.Mark().line + 1, value.Mark().column + 1,
                                   tr("\u201c%1\u201d should be text.").arg(QString::fromUtf8(key))};
            }
            out = QString::fromStdString(value.Scalar()).trimmed();
            return {};
        }
        return {};
    };
    for (auto problem : {text({"title"}, settings.title),
                         text({"description", "intro"}, settings.description),
                         text({"author"}, settings.author),
                         text({"baseURL", "baseUrl", "base_url", "url"}, settings.baseUrl),
                         text({"language", "languageCode", "lang"}, settings.language),
                         text({"theme"}, settings.theme),
                         text({"permalink"}, settings.permalink)}) {
        if (problem)
            return *problem;
    }

    const auto flag = [&](const YAML::Node &value, const char *key, bool &out) -> std::optional<SourceError> {
        if (!value || value.IsNull())
            return {};
        bool parsed = false;
        if (!value.IsScalar() || !YAML::convert<bool>::decode(value, parsed)) {
            return SourceError{fileName, value.Mark().line + 1, value.Mark().column + 1,
                               tr("\u201c%1\u201d should be true or false.").arg(QString::fromUtf8(key))};
        }
        out = parsed;
        return {};
    };
    if (auto problem = flag(root["math"], "math", settings.math))
        return *problem;
    if (const YAML::Node markdown = root["markdown"]; markdown && !markdown.IsNull()) {
        if (!markdown.IsMap()) {
            return SourceError{fileName, markdown.Mark().line + 1, markdown.Mark().column + 1,
                               tr("\u201cmarkdown\u201d should hold settings such as \u201cmath: true\u201d, "
                                  "one per indented line.")};
        }
        for (auto problem : {flag(markdown["math"], "markdown.math", settings.math),
                             flag(markdown["raw_html"], "markdown.raw_html", settings.rawHtml)}) {
            if (problem)
                return *problem;
        }
    }
    return settings;
}

Result<BlogSettings> BlogSettings::parseHugo(const QString &text, const QString &format,
                                             const QString &fileName)
{
    Result<SiteConfig> config =
        SiteConfig::parse(text, format == u"yml" ? u"yaml"_s : format, fileName, true);
    if (!config)
        return config.error();
    return hugoSettings(config.value());
}

Result<BlogSettings> BlogSettings::parseJekyll(const QString &yaml, const QString &fileName)
{
    Result<SiteConfig> config = SiteConfig::parse(yaml, u"yaml"_s, fileName, false);
    if (!config)
        return config.error();
    return jekyllSettings(config.value());
}

QString BlogSettings::fromJekyllPermalink(const QString &permalink)
{
    QString pattern = permalink.trimmed();
    if (pattern.isEmpty() || pattern == u"date")
        pattern = u"/:categories/:year/:month/:day/:title:output_ext"_s;
    else if (pattern == u"pretty")
        pattern = u"/:categories/:year/:month/:day/:title/"_s;
    else if (pattern == u"none")
        pattern = u"/:categories/:title:output_ext"_s;
    else if (pattern == u"ordinal" || pattern == u"weekdate")
        pattern = u"/:categories/:year/:title:output_ext"_s; // no day-of-year token here
    pattern.replace(u":slugified_categories"_s, u":categories"_s);
    pattern.replace(u":title"_s, u":slug"_s); // Jekyll's :title is the file name's slug
    pattern.replace(u":output_ext"_s, u".html"_s);
    pattern.replace(u":i_month"_s, u":month"_s);
    pattern.replace(u":i_day"_s, u":day"_s);
    return pattern;
}

Result<BlogSettings> BlogSettings::load(const SiteLayout &layout)
{
    switch (layout.kind) {
    case SiteKind::Native: {
        const QString path = layout.path(layout.configFile);
        Result<QByteArray> bytes = AtomicFile::read(path);
        if (!bytes)
            return bytes.error();
        return parse(QString::fromUtf8(bytes.value()), path);
    }
    case SiteKind::Hugo: {
        Result<SiteConfig> config = SiteConfig::loadHugo(layout.root);
        if (!config)
            return config.error();
        if (config.value().isEmpty()) // the config went away since the layout was detected
            return SourceError{layout.path(layout.configFile), 0, 0, tr("The file cannot be read.")};
        return hugoSettings(config.value());
    }
    case SiteKind::Jekyll: {
        Result<SiteConfig> config = SiteConfig::loadFile(layout.path(layout.configFile), false);
        if (!config)
            return config.error();
        return jekyllSettings(config.value());
    }
    case SiteKind::Unknown:
        break;
    }
    return SourceError{layout.root, 0, 0, layout.explanation};
}

} // namespace Postwright
