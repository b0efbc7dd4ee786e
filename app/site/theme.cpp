#include "theme.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::Theme", text);
}

QString builtInRoot()
{
    return u":/themes/default"_s;
}

const auto kTemplateSuffix = ".mustache"_L1;

struct ThemeFile
{
    QString relative; // "partials/head.mustache", "style.css"
    QString path;
};

// Every file below root, recursively; hidden files (editor backups, .DS_Store) are left out. An
// entry that is not a regular file (a dangling link, a fifo) is an error rather than silently
// skipped: the writer put it there meaning to override something.
Result<QList<ThemeFile>> listFiles(const QString &root, const QString &originPrefix)
{
    QList<ThemeFile> files;
    if (!QFileInfo(root).isDir())
        return files;
    QDirIterator it(root, QDir::Files | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        if (!it.fileInfo().isFile()) {
            return SourceError{originPrefix + relative, 0, 0,
                               tr("This is not a readable file (is it a broken link?).")};
        }
        files.append({relative, path});
    }
    return files;
}

Result<QByteArray> readFile(const QString &path, const QString &origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SourceError{origin, 0, 0, tr("Cannot read this file: %1").arg(file.errorString())};
    QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return SourceError{origin, 0, 0, tr("Cannot read this file: %1").arg(file.errorString())};
    return content;
}

Result<QString> readTemplate(const QString &path, const QString &origin)
{
    const auto bytes = readFile(path, origin);
    if (!bytes)
        return bytes.error();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes.value());
    if (decoder.hasError())
        return SourceError{origin, 0, 0, tr("This template is not UTF-8 text. Save it as UTF-8.")};
    return text;
}

// The hash of one file's content, so that the theme's hash is built from fixed-size pieces and two
// different sets of files can never be fed to it as the same byte stream.
Result<QByteArray> fileDigest(const QString &path, const QString &origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SourceError{origin, 0, 0, tr("Cannot read this file: %1").arg(file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return SourceError{origin, 0, 0, tr("Cannot read this file: %1").arg(file.errorString())};
    return hash.result();
}

} // namespace

Result<Theme> Theme::load(const QString &blogThemePath)
{
    Theme theme;
    // The built-in files first; the blog's own files then replace same-named ones or add to them.
    const QString blogRoot = blogThemePath.isEmpty() ? QString() : QDir::cleanPath(blogThemePath);
    const QString blogLabel = QDir(blogRoot).dirName() + u'/';
    const struct
    {
        QString root;
        QString originPrefix;
    } layers[] = {
        {builtInRoot(), tr("built-in theme: ")},
        {blogRoot, blogLabel},
    };
    for (const auto &layer : layers) {
        if (layer.root.isEmpty())
            continue;
        const QString templatesPrefix = layer.originPrefix + u"templates/"_s;
        const auto templates = listFiles(layer.root + u"/templates"_s, templatesPrefix);
        if (!templates)
            return templates.error();
        for (const ThemeFile &file : templates.value()) {
            if (!file.relative.endsWith(kTemplateSuffix))
                continue; // a README or a backup beside the templates
            const QString origin = templatesPrefix + file.relative;
            auto source = readTemplate(file.path, origin);
            if (!source)
                return source.error();
            const QString name = file.relative.chopped(kTemplateSuffix.size());
            theme.m_templates.insert(name, TemplateFile{file.path, origin, std::move(source).value()});
        }

        const auto assets = listFiles(layer.root + u"/assets"_s, layer.originPrefix + u"assets/"_s);
        if (!assets)
            return assets.error();
        for (const ThemeFile &file : assets.value())
            theme.m_assets.insert(file.relative, file.path);
    }

    auto fingerprint = theme.computeFingerprint();
    if (!fingerprint)
        return fingerprint.error();
    theme.m_fingerprint = std::move(fingerprint).value();
    qCDebug(lcRender) << "Theme loaded:" << theme.m_templates.size() << "templates," << theme.m_assets.size()
                      << "assets, blog theme folder" << blogThemePath;
    return theme;
}

Result<QByteArray> Theme::computeFingerprint() const
{
    QCryptographicHash total(QCryptographicHash::Sha256);
    const auto addName = [&total](QByteArrayView kind, const QString &name) {
        total.addData(kind);
        total.addData(QByteArrayView("\0", 1));
        total.addData(name.toUtf8());
        total.addData(QByteArrayView("\0", 1));
    };

    for (const QString &name : templateNames()) {
        const QString &source = m_templates.value(name).source;
        addName("template", name);
        total.addData(QCryptographicHash::hash(
            QByteArrayView(reinterpret_cast<const char *>(source.utf16()), source.size() * 2),
            QCryptographicHash::Sha256));
    }

    QStringList assetNames = m_assets.keys();
    std::sort(assetNames.begin(), assetNames.end());
    for (const QString &name : std::as_const(assetNames)) {
        const QString path = m_assets.value(name);
        const auto digest = fileDigest(path, path);
        if (!digest)
            return digest.error();
        addName("asset", name);
        total.addData(digest.value());
    }
    return total.result().toHex();
}

Result<QString> Theme::templateSource(const QString &name) const
{
    const auto it = m_templates.constFind(name);
    if (it == m_templates.cend())
        return SourceError{{}, 0, 0, tr("The theme has no template “%1”.").arg(name)};
    return it->source;
}

QString Theme::templateOrigin(const QString &name) const
{
    const auto it = m_templates.constFind(name);
    if (it == m_templates.cend())
        return u"templates/"_s + name + kTemplateSuffix;
    return it->origin;
}

QStringList Theme::templateNames() const
{
    QStringList names = m_templates.keys();
    std::sort(names.begin(), names.end());
    return names;
}

Result<QByteArray> Theme::assetContent(const QString &relativePath) const
{
    const auto it = m_assets.constFind(relativePath);
    if (it == m_assets.cend())
        return SourceError{{}, 0, 0, tr("The theme has no asset “%1”.").arg(relativePath)};
    return readFile(*it, *it);
}

} // namespace Postwright
