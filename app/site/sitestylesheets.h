#pragma once

#include "blog/sitelayout.h"
#include "blog/sitetoolsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postwright {

// Finds the stylesheets a site's own pages use, so that the live preview can show a post in the
// site's style instead of the built-in theme's: the files postwright.yaml names (preview.css), else
// those a page of the generator's last build links, else plain CSS where Hugo and Jekyll sites keep
// it. Reads files only: never runs the generator, never reaches the network (remote stylesheets
// are left out). Each stylesheet comes with the folder the preview may serve it and its fonts and
// images from (BlogSchemeHandler), all inside the site or its output folder.
class SiteStyleSheets
{
public:
    enum class Origin {
        Configured,   // named by preview.css in postwright.yaml (blog.yaml for a native blog)
        BuiltPage,    // linked from a page in the generator's output folder
        StaticFolder, // Hugo's static/css/, served at the site's root
        Theme,        // a Hugo theme's static/css/ or assets/css/
        Assets,       // assets/css/ (Hugo's unprocessed resources, or Jekyll's plain CSS)
        SiteFolder,   // css/ at a Jekyll site's root
    };

    struct Sheet
    {
        QString filePath; // absolute and canonical
        QString urlPath;  // relative to folder, '/'-separated: how the preview asks for it
        QString folder;   // the served folder it was found in (canonical)
        Origin origin = Origin::Configured;
        QString foundIn; // relative to the site: "public/index.html", "static/css", "postwright.yaml"

        bool operator==(const Sheet &other) const = default;
    };

    // What the preview uses for a site: nothing when preview.style is builtin (or nothing found).
    static SiteStyleSheets find(const SiteLayout &layout, const QString &baseUrl,
                                const SiteToolSettings &tools);
    // The same whatever preview.style says: the View menu may still turn the site's style on.
    // configured: preview.css, paths relative to the site's root, its static folder or its output.
    static SiteStyleSheets discover(const SiteLayout &layout, const QString &baseUrl,
                                    const QStringList &configured = {});

    // The hrefs of a page's <link rel="stylesheet">, in document order (alternate and print-only
    // stylesheets left out). HTML parsed by gumbo, as browsers parse it.
    static QStringList linkedStyleSheets(const QByteArray &html);
    // Where an href of a built page (pagePath, relative to the output folder) points in the output
    // folder: "/css/main.css", "{{baseURL}}/css/main.css" and "../css/main.css" all give
    // "css/main.css". Empty for anything not on the site (another host, data:, out of the folder).
    static QString outputPathFor(const QString &href, const QString &pagePath, const QString &baseUrl);

    bool isEmpty() const { return m_sheets.isEmpty(); }
    const QList<Sheet> &sheets() const { return m_sheets; }
    // Where the preview may read the stylesheets and what they refer to (fonts, images): the
    // folders of the sheets, in lookup order (Hugo's static/ before its themes', like Hugo).
    const QStringList &folders() const { return m_folders; }
    QString rootPath() const { return m_root; }     // canonical
    QString outputPath() const { return m_output; } // canonical; empty when it does not exist
    // What was looked at and left out, for the writer: a configured file that is missing, a
    // remote stylesheet.
    const QStringList &notes() const { return m_notes; }

    bool operator==(const SiteStyleSheets &other) const = default;

private:
    void addFolder(const QString &folder);
    bool add(const QString &folder, const QString &urlPath, Origin origin, const QString &foundIn);
    void findConfigured(const SiteLayout &layout, const QStringList &configured);
    bool findInBuild(const QString &baseUrl);
    void findPlain(const SiteLayout &layout);
    void addFolderSheets(const QString &folder, const QString &cssFolder, Origin origin);
    bool isServable(const QString &canonicalFolder) const;
    QString relativeToSite(const QString &path) const;

    QString m_root;
    QString m_output;
    QList<Sheet> m_sheets;
    QStringList m_folders;
    QStringList m_notes;
};

} // namespace Postwright
