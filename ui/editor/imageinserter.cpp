#include "editor/imageinserter.h"

#include "blog/postbundle.h"
#include "editor/alttextdialog.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QTextDocument>
#include <QUrl>
#include <QWidget>

namespace Postwright {

ImageInserter::ImageInserter(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_altText(
          [dialogParent](const QString &fileName) { return AltTextDialog::ask(dialogParent, fileName); })
{}

void ImageInserter::setEnsureBundle(BundleProvider ensureBundle)
{
    m_ensureBundle = std::move(ensureBundle);
}

void ImageInserter::setAltTextProvider(AltTextProvider provider)
{
    m_altText = std::move(provider);
}

QList<ImageInserter::Image> ImageInserter::imagesIn(const QMimeData *mime)
{
    // Files first: a file manager may offer a rendered copy too, but the file keeps its own
    // format and name.
    QList<Image> images;
    for (const QUrl &url : mime->urls()) {
        const QString file = url.isLocalFile() ? url.toLocalFile() : QString();
        if (!file.isEmpty() && PostBundle::isImageFileName(file) && QFileInfo(file).isFile())
            images.append({file, {}});
    }
    if (!images.isEmpty() || !mime->hasImage())
        return images;
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    QByteArray png;
    QBuffer buffer(&png);
    if (!image.isNull() && buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"))
        images.append({{}, png});
    return images;
}

bool ImageInserter::handle(const QMimeData *mime, QTextCursor cursor)
{
    const QList<Image> images = mime ? imagesIn(mime) : QList<Image>();
    if (images.isEmpty())
        return false;

    QStringList altTexts;
    for (const Image &image : images) {
        const std::optional<QString> altText = m_altText(QFileInfo(image.sourceFile).fileName());
        if (!altText)
            return true; // cancelled before anything was written
        altTexts.append(*altText);
    }

    if (!m_ensureBundle) {
        fail(tr("Images go into a post's folder, and no post is open."), {});
        return true;
    }
    const Result<QString> bundle = m_ensureBundle();
    if (!bundle) {
        fail(tr("The post could not get a folder for its images."), bundle.error());
        return true;
    }
    const QDir bundleDir(QFileInfo(bundle.value()).canonicalFilePath()); // as the sources are compared
    QStringList fileNames;
    QStringList copied; // removed again if a later image fails: all of the drop or none of it
    for (const Image &image : images) {
        // An image already in the bundle is linked where it is.
        const QString inBundle =
            image.sourceFile.isEmpty()
                ? QString()
                : bundleDir.relativeFilePath(QFileInfo(image.sourceFile).canonicalFilePath());
        if (!inBundle.isEmpty() && !inBundle.startsWith(QStringLiteral("../"))) {
            fileNames.append(inBundle);
            continue;
        }
        const Result<QString> added = image.sourceFile.isEmpty()
                                          ? PostBundle::addImage(bundleDir.path(), image.png, QString())
                                          : PostBundle::copyImage(bundleDir.path(), image.sourceFile);
        if (!added) {
            for (const QString &file : std::as_const(copied))
                QFile::remove(bundleDir.filePath(file));
            fail(tr("The image could not be added to the post."), added.error());
            return true;
        }
        fileNames.append(added.value());
        copied.append(added.value());
    }

    QStringList snippets;
    for (qsizetype i = 0; i < fileNames.size(); ++i)
        snippets.append(markdownFor(altTexts.at(i), fileNames.at(i)));
    QString text = snippets.join(QStringLiteral("\n\n"));
    // Several images: each a paragraph of its own, so they do not run together on one line.
    if (snippets.size() > 1) {
        if (!cursor.atBlockStart())
            text.prepend(QStringLiteral("\n\n"));
        if (!cursor.atBlockEnd())
            text.append(QStringLiteral("\n\n"));
    }
    cursor.beginEditBlock();
    cursor.insertText(text);
    cursor.endEditBlock();
    return true;
}

QString ImageInserter::markdownFor(const QString &altText, const QString &fileName)
{
    QString alt = altText;
    alt.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'[', QStringLiteral("\\["))
        .replace(u']', QStringLiteral("\\]"));
    // Names made by PostBundle need no brackets; an image linked in place may have spaces.
    const bool bracket = fileName.contains(u' ') || fileName.contains(u'(') || fileName.contains(u')');
    return QStringLiteral("![%1](%2)").arg(alt, bracket ? u'<' + fileName + u'>' : fileName);
}

void ImageInserter::applyEdits(QTextDocument *document, const QList<TextEdit> &edits)
{
    if (edits.isEmpty())
        return;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit) {
        cursor.setPosition(int(edit->position));
        cursor.setPosition(int(edit->position + edit->length), QTextCursor::KeepAnchor);
        cursor.insertText(edit->replacement);
    }
    cursor.endEditBlock();
}

void ImageInserter::fail(const QString &what, const SourceError &error)
{
    const QString details = error.toString();
    Q_EMIT errorOccurred(tr("Could Not Add Image"),
                         details.isEmpty() ? what : what + QStringLiteral("\n\n") + details);
}

} // namespace Postwright
