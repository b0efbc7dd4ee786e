#include "blogsettings.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Postwright {

Result<BlogSettings> BlogSettings::parse(const QString &yaml, const QString &fileName)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Postwright::BlogSettings", text); };
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

} // namespace Postwright
