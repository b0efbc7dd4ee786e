#pragma once

#include "blog/sitelayout.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Postwright {

// Postwright's own settings for a site, apart from what the generator reads: how the window and
// the CLI build it, how the preview is styled. A native blog keeps them in blog.yaml; a Hugo or
// Jekyll site in postwright.yaml at its root, because Postwright never writes to the generator's
// own config and the generator must not trip over keys it does not know. postwright.yaml also
// holds such a site's `publish:` targets (read by PublishTargets), so `postwright-cli publish`
// works from a clone of the site's repository.
//
//   build:
//     command: hugo --minify      # the generator's invocation; default "hugo" / "jekyll build"
//     generator: false            # build with Postwright's built-in theme even when it is installed
//   preview:
//     style: site                 # auto (default) | site | builtin
//     css: [assets/css/main.css]  # the site's stylesheets, relative to its root or output folder
struct SiteToolSettings
{
    enum class PreviewStyle {
        Auto,    // the site's CSS when it can be found (Hugo/Jekyll), else the built-in theme
        Site,    // the site's CSS; the built-in theme only when none is found
        BuiltIn, // always the built-in theme
    };

    QString buildCommand;
    bool useGenerator = true;
    PreviewStyle previewStyle = PreviewStyle::Auto;
    QStringList previewCss;

    static Result<SiteToolSettings> parse(const QString &yaml, const QString &fileName = {});
    // The file that holds them for this layout: blog.yaml or postwright.yaml, absolute.
    static QString filePath(const SiteLayout &layout);
    // A missing postwright.yaml is no error: every setting has its default.
    static Result<SiteToolSettings> load(const SiteLayout &layout);
};

} // namespace Postwright
