#include "sitetoolsettings.h"

#include "blog/yamldocument.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Postwright {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::SiteToolSettings", text);
}

SourceError errorAt(const QString &fileName, const YAML::Node &node, const QString &message)
{
    return SourceError{fileName, node.Mark().line + 1, node.Mark().column + 1, message};
}

bool isSet(const YAML::Node &node)
{
    return node && !node.IsNull();
}

std::optional<SourceError> parseBuild(const YAML::Node &build, const QString &fileName,
                                      SiteToolSettings &settings)
{
    if (!build.IsMap())
        return errorAt(fileName, build,
                       tr("“build” should hold “command:” and “generator:”."));
    if (const YAML::Node command = build["command"]; isSet(command)) {
        if (!command.IsScalar())
            return errorAt(fileName, command,
                           tr("“command” should be one line, such as “hugo --minify”."));
        settings.buildCommand = QString::fromStdString(command.Scalar()).trimmed();
    }
    if (const YAML::Node generator = build["generator"]; isSet(generator)) {
        if (!generator.IsScalar() || !YAML::convert<bool>::decode(generator, settings.useGenerator))
            return errorAt(fileName, generator, tr("\u201cgenerator\u201d should be true or false."));
    }
    return std::nullopt;
}

std::optional<SourceError> parsePreview(const YAML::Node &preview, const QString &fileName,
                                        SiteToolSettings &settings)
{
    if (!preview.IsMap())
        return errorAt(fileName, preview,
                       tr("“preview” should hold “style:” and “css:”."));
    if (const YAML::Node style = preview["style"]; isSet(style)) {
        const QString value = style.IsScalar() ? QString::fromStdString(style.Scalar()).toLower() : QString();
        if (value == "auto"_L1)
            settings.previewStyle = SiteToolSettings::PreviewStyle::Auto;
        else if (value == "site"_L1)
            settings.previewStyle = SiteToolSettings::PreviewStyle::Site;
        else if (value == "builtin"_L1 || value == "built-in"_L1)
            settings.previewStyle = SiteToolSettings::PreviewStyle::BuiltIn;
        else
            return errorAt(fileName, style, tr("\u201cstyle\u201d should be auto, site or builtin."));
    }
    if (const YAML::Node css = preview["css"]; isSet(css)) {
        if (css.IsScalar()) {
            settings.previewCss = {QString::fromStdString(css.Scalar())};
        } else if (css.IsSequence()) {
            for (const YAML::Node &item : css) {
                if (!item.IsScalar())
                    return errorAt(fileName, item,
                                   tr("Each stylesheet in “css” should be a path."));
                settings.previewCss.append(QString::fromStdString(item.Scalar()));
            }
        } else {
            return errorAt(fileName, css, tr("“css” should be a path or a list of paths."));
        }
        for (const QString &path : std::as_const(settings.previewCss)) {
            // The preview serves these from the site; a path out of it would be a way to read any file.
            if (QDir::isAbsolutePath(path) || QDir::cleanPath(path).startsWith("../"_L1) || path == ".."_L1)
                return errorAt(fileName, css,
                               tr("The stylesheet \u201c%1\u201d is not inside the site.").arg(path));
        }
    }
    return std::nullopt;
}

} // namespace

Result<SiteToolSettings> SiteToolSettings::parse(const QString &yaml, const QString &fileName)
{
    SiteToolSettings settings;
    Result<YAML::Node> loaded = loadYamlDocument(yaml, fileName);
    if (!loaded)
        return loaded.error();
    YAML::Node root = std::move(loaded).value();
    if (!root || root.IsNull())
        return settings;
    if (!root.IsMap())
        return errorAt(fileName, root,
                       tr("The file should be a list of settings such as “build:”."));
    if (const YAML::Node build = root["build"]; isSet(build)) {
        if (auto error = parseBuild(build, fileName, settings))
            return *error;
    }
    if (const YAML::Node preview = root["preview"]; isSet(preview)) {
        if (auto error = parsePreview(preview, fileName, settings))
            return *error;
    }
    return settings;
}

QString SiteToolSettings::filePath(const SiteLayout &layout)
{
    return QDir(layout.root)
        .filePath(layout.kind == SiteKind::Native || layout.kind == SiteKind::Unknown ? u"blog.yaml"_s
                                                                                      : u"postwright.yaml"_s);
}

Result<SiteToolSettings> SiteToolSettings::load(const SiteLayout &layout)
{
    const QString path = filePath(layout);
    if (!QFileInfo::exists(path))
        return SiteToolSettings{};
    const Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    return parse(QString::fromUtf8(bytes.value()), path);
}

} // namespace Postwright
