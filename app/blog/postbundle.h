#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Postwright {

// One replacement in a text: `length` characters at `position` become `replacement`.
struct TextEdit
{
    qsizetype position = 0;
    qsizetype length = 0;
    QString replacement;

    bool operator==(const TextEdit &other) const = default;
};

struct BundleConversion
{
    QString newPath;       // absolute path of NAME/index.md
    QString newText;       // the text as written there, relative links one folder deeper
    QList<TextEdit> edits; // from the given text to newText, front to back, in the given text's positions
};

// A post's own files: turns NAME.md into the bundle NAME/index.md (links kept working) and adds
// images to a bundle under safe, unique names. Nothing here asks the writer anything; the UI does.
class PostBundle
{
public:
    // Moves a post file into a bundle folder of the same name (so its slug and URL stay) and writes
    // `text` there with its relative links and images one folder deeper. Fails, changing nothing,
    // when the post is already a bundle, the folder exists, or a write or the removal fails.
    static Result<BundleConversion> convertToBundle(const QString &postPath, const QString &text);

    // The edits that keep a post's file references working one folder deeper: inline links and
    // images, reference definitions and a relative front matter `cover:` that name a file or folder
    // beside `oldFolder` get "../". Addresses (http:, mailto:, /static paths, #anchors) and links to
    // pages that are not files stay; code spans, code blocks and raw HTML are not touched.
    static QList<TextEdit> relinkEdits(const QString &text, const QString &oldFolder);
    static QString applyEdits(QString text, const QList<TextEdit> &edits);

    // Writes image bytes (a pasted screenshot, already encoded) into the bundle folder. The name is
    // preferredName made safe and unique; an empty one becomes "image-YYYYMMDD-HHMMSS.png".
    // Returns the file name relative to the bundle folder.
    static Result<QString> addImage(const QString &bundleDir, const QByteArray &data,
                                    const QString &preferredName);
    // Copies an image file into the bundle folder in chunks (photos can be large), under a safe,
    // unique name. Returns the file name relative to the bundle folder.
    static Result<QString> copyImage(const QString &bundleDir, const QString &sourceFile);

    // The image types the preview and the site show, by file name extension.
    static bool isImageFileName(const QString &fileName);
    // A lower-case, dash-separated file name that needs no escaping in a Markdown link
    // ("Sunset Over the Bay.JPG" -> "sunset-over-the-bay.jpg"), not yet unique in its folder.
    static QString safeFileName(const QString &fileName);
};

} // namespace Postwright
