#pragma once

#include "util/result.h"

#include <QList>
#include <QObject>
#include <QTextCursor>

#include <functional>
#include <optional>

class QMimeData;
class QTextDocument;
class QWidget;

namespace Postwright {

struct TextEdit;

// Puts dropped and pasted images into the open post: asks for their alt text, copies them into
// the post's bundle folder and inserts `![alt](file)` at the cursor as one undo step. It is the
// editor's MimeHandler; the window says where the bundle is (turning NAME.md into one if needed).
class ImageInserter final : public QObject
{
    Q_OBJECT

public:
    // The open post's bundle folder, made on demand; an error when there is none to be had.
    using BundleProvider = std::function<Result<QString>()>;
    // The alt text for an image (its own file name, empty when pasted), or nothing to cancel.
    using AltTextProvider = std::function<std::optional<QString>(const QString &fileName)>;

    // Dialogs open over dialogParent, which also owns the inserter.
    explicit ImageInserter(QWidget *dialogParent);

    void setEnsureBundle(BundleProvider ensureBundle);
    // Replaces the alt text dialog (AltTextDialog), e.g. with the suggestion when the writer turned
    // the question off, or with canned answers in tests.
    void setAltTextProvider(AltTextProvider provider);

    // Handles pasted image data and dropped local image files (several at once); false for
    // anything else, which the editor then inserts as usual. Cancelling the alt text leaves no
    // trace: nothing is copied before every image has its text.
    bool handle(const QMimeData *mime, QTextCursor cursor);

    // Applies PostBundle's link edits to the editor's document as one undo step, so the cursor,
    // the scroll position and the rest of the undo history survive a conversion to a bundle.
    static void applyEdits(QTextDocument *document, const QList<TextEdit> &edits);

Q_SIGNALS:
    void errorOccurred(const QString &title, const QString &text);

private:
    struct Image
    {
        QString sourceFile; // a dropped file; empty for pasted data
        QByteArray png;     // pasted data, encoded
    };
    static QList<Image> imagesIn(const QMimeData *mime);
    static QString markdownFor(const QString &altText, const QString &fileName);
    void fail(const QString &what, const SourceError &error);

    BundleProvider m_ensureBundle;
    AltTextProvider m_altText;
};

} // namespace Postwright
