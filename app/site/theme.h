#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Postwright {

// A blog's theme: the built-in theme (resources/themes/default, compiled into the core library as
// ":/themes/default") with the files of the blog's own theme/ folder laid over it. Reads templates
// and lists the assets to copy into the site.
class Theme
{
public:
    // blogThemePath: the blog's theme/ folder (may not exist).
    static Result<Theme> load(const QString &blogThemePath);

    // "post" -> the text of templates/post.mustache; partials are "partials/head" etc.
    Result<QString> templateSource(const QString &name) const;
    // Where a template comes from, for error messages ("theme/templates/post.mustache" or
    // "built-in theme: templates/post.mustache").
    QString templateOrigin(const QString &name) const;
    // Sorted, so that everything derived from the list (errors, fingerprints) is deterministic.
    QStringList templateNames() const;
    bool hasTemplate(const QString &name) const { return m_templates.contains(name); }

    // Asset path relative to assets/ ("style.css") -> absolute file path or ":/..." resource path.
    const QHash<QString, QString> &assets() const { return m_assets; }
    Result<QByteArray> assetContent(const QString &relativePath) const;

    // Changes whenever any template or asset of the effective theme changes (for incremental builds).
    // A hex SHA-256.
    QByteArray fingerprint() const { return m_fingerprint; }

private:
    struct TemplateFile
    {
        QString path;   // absolute file path or ":/..." resource path
        QString origin; // for messages
        QString source; // read once at load: the fingerprint needs the bytes anyway
    };

    Result<QByteArray> computeFingerprint() const;

    QHash<QString, TemplateFile> m_templates; // name -> file
    QHash<QString, QString> m_assets;
    QByteArray m_fingerprint;
};

} // namespace Postwright
