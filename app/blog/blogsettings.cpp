#include "blogsettings.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <functional>

namespace Postwright {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::BlogSettings", text);
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// One value of a Hugo or Jekyll config, found by its path (params.author) in whichever format
// the site wrote it, with where it is for error messages (JSON has no positions: line 0).
struct ConfigValue
{
    bool present = false;
    bool scalar = false;
    QString text;
    int line = 0;
    int column = 0;
};
using ConfigLookup = std::function<ConfigValue(const QStringList &path)>;

bool sameKey(const QString &a, const QString &b, bool anyCase)
{
    return a.compare(b, anyCase ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

ConfigLookup tomlLookup(std::shared_ptr<const toml::table> root)
{
    return [root](const QStringList &path) {
        const toml::node *node = root.get();
        for (const QString &part : path) {
            const toml::table *table = node->as_table();
            if (!table)
                return ConfigValue{};
            node = nullptr;
            for (auto &&[key, value] : *table) {
                if (sameKey(fromStd(key.str()), part, true)) {
                    node = &value;
                    break;
                }
            }
            if (!node)
                return ConfigValue{};
        }
        ConfigValue out;
        out.present = true;
        out.line = int(node->source().begin.line);
        out.column = int(node->source().begin.column);
        if (const toml::value<std::string> *s = node->as_string()) {
            out.scalar = true;
            out.text = fromStd(s->get()).trimmed();
        } else if (node->is_number() || node->is_boolean()) {
            out.scalar = true;
            out.text = node->is_boolean()   ? (node->as_boolean()->get() ? u"true"_s : u"false"_s)
                       : node->is_integer() ? QString::number(node->as_integer()->get())
                                            : QString::number(node->as_floating_point()->get());
        }
        return out;
    };
}

ConfigLookup yamlLookup(const YAML::Node &root, bool anyCase)
{
    return [root, anyCase](const QStringList &path) {
        // reset(), not operator=: assigning a YAML::Node writes into the node it refers to.
        YAML::Node node;
        node.reset(root);
        for (const QString &part : path) {
            if (!node.IsMap())
                return ConfigValue{};
            YAML::Node found;
            bool exists = false;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar() && sameKey(fromStd(it->first.Scalar()), part, anyCase)) {
                    found.reset(it->second);
                    exists = true;
                    break;
                }
            }
            if (!exists || found.IsNull())
                return ConfigValue{};
            node.reset(found);
        }
        ConfigValue out;
        out.present = true;
        out.line = node.Mark().line + 1;
        out.column = node.Mark().column + 1;
        if (node.IsScalar()) {
            out.scalar = true;
            out.text = fromStd(node.Scalar()).trimmed();
        }
        return out;
    };
}

ConfigLookup jsonLookup(const QJsonObject &root)
{
    return [root](const QStringList &path) {
        QJsonValue node = root;
        for (const QString &part : path) {
            if (!node.isObject())
                return ConfigValue{};
            const QJsonObject object = node.toObject();
            QJsonValue found = QJsonValue::Undefined;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (sameKey(it.key(), part, true)) {
                    found = it.value();
                    break;
                }
            }
            if (found.isUndefined() || found.isNull())
                return ConfigValue{};
            node = found;
        }
        ConfigValue out;
        out.present = true;
        if (node.isString() || node.isDouble() || node.isBool()) {
            out.scalar = true;
            out.text = node.isString() ? node.toString().trimmed()
                       : node.isBool() ? (node.toBool() ? u"true"_s : u"false"_s)
                                       : QString::number(node.toDouble());
        }
        return out;
    };
}

// Reads the first of several spellings that is present. A value that must be text and is not is an
// error; a table where a theme may put one (author: {name: …}) is looked into by the caller.
std::optional<SourceError> readText(const ConfigLookup &lookup, const QString &fileName,
                                    std::initializer_list<QStringList> paths, QString &out,
                                    bool strict = true)
{
    for (const QStringList &path : paths) {
        const ConfigValue value = lookup(path);
        if (!value.present)
            continue;
        if (!value.scalar) {
            if (!strict)
                continue;
            return SourceError{fileName, value.line, value.column,
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
    pattern.replace(u":filename"_s, u":slug"_s);
    return pattern;
}

Result<BlogSettings> hugoSettings(const ConfigLookup &lookup, const QString &fileName)
{
    BlogSettings settings;
    for (auto problem :
         {readText(lookup, fileName, {{u"title"_s}}, settings.title),
          readText(lookup, fileName, {{u"baseURL"_s}}, settings.baseUrl),
          readText(lookup, fileName, {{u"languageCode"_s}, {u"defaultContentLanguage"_s}}, settings.language),
          readText(lookup, fileName, {{u"params"_s, u"description"_s}, {u"description"_s}},
                   settings.description),
          readText(lookup, fileName,
                   {{u"params"_s, u"author"_s},
                    {u"params"_s, u"author"_s, u"name"_s},
                    {u"author"_s, u"name"_s},
                    {u"author"_s}},
                   settings.author, false)}) {
        if (problem)
            return *problem;
    }
    QString permalink;
    if (auto problem = readText(lookup, fileName, {{u"permalinks"_s, u"posts"_s}}, permalink, false))
        return *problem;
    if (!permalink.isEmpty())
        settings.permalink = fromHugoPermalink(permalink);
    if (settings.language.isEmpty())
        settings.language = BlogSettings().language;
    return settings;
}

} // namespace

Result<BlogSettings> BlogSettings::parse(const QString &yaml, const QString &fileName)
{
    BlogSettings settings;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return SourceError{fileName, e.mark.line + 1, e.mark.column + 1,
                           tr("Invalid YAML: %1.").arg(QString::fromStdString(e.msg))};
    }
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
    if (format == u"toml") {
        const std::string source = text.toStdString();
        try {
            auto root = std::make_shared<const toml::table>(toml::parse(source));
            return hugoSettings(tomlLookup(root), fileName);
        } catch (const toml::parse_error &e) {
            return SourceError{fileName, int(e.source().begin.line),
                               std::max(int(e.source().begin.column), 1),
                               tr("Invalid TOML: %1.").arg(fromStd(e.description()))};
        }
    }
    if (format == u"json") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            // QJsonParseError counts bytes; the line and column are the text's.
            const QByteArray before = text.toUtf8().left(error.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
            return SourceError{fileName, line, column,
                               doc.isObject() || error.error != QJsonParseError::NoError
                                   ? tr("Invalid JSON: %1.").arg(error.errorString())
                                   : tr("The config should be a JSON object: { \"title\": \"…\" }.")};
        }
        return hugoSettings(jsonLookup(doc.object()), fileName);
    }
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return SourceError{fileName, e.mark.line + 1, e.mark.column + 1,
                           tr("Invalid YAML: %1.").arg(QString::fromStdString(e.msg))};
    }
    if (root && !root.IsNull() && !root.IsMap())
        return SourceError{fileName, 1, 1,
                           tr("The config should be a list of \u201ckey: value\u201d lines.")};
    return hugoSettings(yamlLookup(root, true), fileName);
}

Result<BlogSettings> BlogSettings::parseJekyll(const QString &yaml, const QString &fileName)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return SourceError{fileName, e.mark.line + 1, e.mark.column + 1,
                           tr("Invalid YAML: %1.").arg(QString::fromStdString(e.msg))};
    }
    if (root && !root.IsNull() && !root.IsMap())
        return SourceError{fileName, 1, 1,
                           tr("_config.yml should be a list of \u201ckey: value\u201d lines.")};
    const ConfigLookup lookup = yamlLookup(root, false);

    BlogSettings settings;
    QString url;
    QString baseurl;
    QString permalink;
    for (auto problem :
         {readText(lookup, fileName, {{u"title"_s}}, settings.title),
          readText(lookup, fileName, {{u"url"_s}}, url),
          readText(lookup, fileName, {{u"baseurl"_s}}, baseurl),
          readText(lookup, fileName, {{u"description"_s}}, settings.description),
          readText(lookup, fileName, {{u"author"_s}, {u"author"_s, u"name"_s}}, settings.author, false),
          readText(lookup, fileName, {{u"lang"_s}, {u"locale"_s}}, settings.language),
          readText(lookup, fileName, {{u"permalink"_s}}, permalink)}) {
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
    settings.permalink = fromJekyllPermalink(permalink);
    return settings;
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
    pattern.replace(u":categories"_s, u":category"_s);
    pattern.replace(u":title"_s, u":slug"_s); // Jekyll's :title is the file name's slug
    pattern.replace(u":output_ext"_s, u".html"_s);
    pattern.replace(u":i_month"_s, u":month"_s);
    pattern.replace(u":i_day"_s, u":day"_s);
    return pattern;
}

Result<BlogSettings> BlogSettings::load(const SiteLayout &layout)
{
    const QString path = layout.path(layout.configFile);
    Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    const QString text = QString::fromUtf8(bytes.value());
    switch (layout.kind) {
    case SiteKind::Native:
        return parse(text, path);
    case SiteKind::Hugo:
        return parseHugo(text, QFileInfo(path).suffix().toLower(), path);
    case SiteKind::Jekyll:
        return parseJekyll(text, path);
    case SiteKind::Unknown:
        break;
    }
    return SourceError{layout.root, 0, 0, layout.explanation};
}

} // namespace Postwright
